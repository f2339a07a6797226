using System.Text.Json;
using AlicloudLive.Values;

namespace AlicloudLive.Driver;

/// <summary>Writes test inputs as JSON: <c>Json.Map("""{"region": "cn-shanghai"}""")</c>.</summary>
public static class Json
{
    public static PropertyMap Map(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ((ObjectValue)From(doc.RootElement)).Properties;
    }

    public static PropertyValue From(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => new ObjectValue(PropertyMap.Of(e.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, From(p.Value))))),
        JsonValueKind.Array => new ArrayValue(e.EnumerateArray().Select(From)),
        JsonValueKind.String => PropertyValue.From(e.GetString()!),
        JsonValueKind.Number => PropertyValue.From(e.GetDouble()),
        JsonValueKind.True => PropertyValue.From(true),
        JsonValueKind.False => PropertyValue.From(false),
        _ => PropertyValue.Null,
    };
}
