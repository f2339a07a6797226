using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlicloudLive.Cloud.Json;

/// <summary>
/// The "shrink" encoding: an object or array parameter sent as one compact JSON query value, empty fields left out.
/// </summary>
internal static class CompactJson
{
    // Relaxed escaping keeps URLs and non-ASCII names readable; the value is percent-encoded on the wire anyway.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Object(params (string Name, string? Value)[] fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Array(IEnumerable<string> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
