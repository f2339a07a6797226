using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlicloudLive.Values;

/// <summary>Renders values for error messages; anything under a secret is never rendered.</summary>
internal static class PropertyValueDisplay
{
    public const string Secret = "[secret]";
    public const string Unknown = "<unknown>";

    public static string Render(PropertyValue v)
    {
        var sb = new StringBuilder();
        Write(sb, v);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, PropertyValue v)
    {
        switch (v)
        {
            case SecretValue or OutputValue { IsSecret: true }:
                sb.Append(Secret);
                break;
            case UnknownValue or OutputValue { Value: null }:
                sb.Append(Unknown);
                break;
            case OutputValue { Value: { } known }:
                Write(sb, known);
                break;
            case NullValue:
                sb.Append("null");
                break;
            case BoolValue b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case NumberValue n:
                sb.Append(n.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case StringValue s:
                sb.Append(Quote(s.Value));
                break;
            case ArrayValue a:
                WriteSequence(sb, '[', ']', a.Items, Write);
                break;
            case ObjectValue o:
                WriteSequence(sb, '{', '}', o.Properties, (b, kv) => Write(b.Append(Quote(kv.Key)).Append(": "), kv.Value));
                break;
            case ResourceReferenceValue r:
                sb.Append("<resource ").Append(r.Urn).Append('>');
                break;
            default:
                sb.Append('<').Append(ValueKinds.Describe(v)).Append('>');
                break;
        }
    }

    private static void WriteSequence<T>(StringBuilder sb, char open, char close, IEnumerable<T> items, Action<StringBuilder, T> write)
    {
        sb.Append(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            write(sb, item);
            first = false;
        }

        sb.Append(close);
    }

    // Relaxed escaping keeps non-ASCII text readable in messages; quotes and control characters are still escaped.
    private static string Quote(string s) => "\"" + JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
}
