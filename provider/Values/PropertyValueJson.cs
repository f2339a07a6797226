using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlicloudLive.Values;

/// <summary>Plain values (no secrets, unknowns or other special kinds) to and from System.Text.Json nodes.</summary>
public static class PropertyValueJson
{
    /// <summary>JSON for a plain value; null for <see cref="NullValue"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a special kind or a non-finite number.</exception>
    public static JsonNode? ToJson(PropertyValue v) => ToJson(v, "");

    public static JsonObject ToJsonObject(PropertyMap map) => ToJsonObject(map, "");

    public static PropertyValue FromJson(JsonNode? node) => node switch
    {
        null => PropertyValue.Null,
        JsonObject o => new ObjectValue(FromJsonObject(o)),
        JsonArray a => new ArrayValue(a.Select(FromJson)),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(node.GetValue<string>()),
            JsonValueKind.Number => new NumberValue(double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
            JsonValueKind.True => new BoolValue(true),
            JsonValueKind.False => new BoolValue(false),
            JsonValueKind.Null => PropertyValue.Null,
            var other => throw new ArgumentException($"a JSON value of kind {other} has no property-value form", nameof(node)),
        },
    };

    public static PropertyMap FromJsonObject(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PropertyMap.Of(obj.Select(kv => KeyValuePair.Create(kv.Key, FromJson(kv.Value))));
    }

    /// <summary>A compact JSON-like rendering for diagnostics: secrets print as [secret], unknowns as &lt;unknown&gt;.</summary>
    public static string ToDisplayString(PropertyValue v) => PropertyValueDisplay.Render(v);

    private static JsonNode? ToJson(PropertyValue v, string path) => v switch
    {
        NullValue => null,
        BoolValue b => JsonValue.Create(b.Value),
        NumberValue n when double.IsFinite(n.Value) => JsonValue.Create(n.Value),
        NumberValue => throw new ArgumentException($"property '{PropertyPath.Display(path)}' is not a finite number", nameof(v)),
        StringValue s => JsonValue.Create(s.Value),
        ArrayValue a => new JsonArray(a.Items.Select((item, i) => ToJson(item, PropertyPath.Index(path, i))).ToArray()),
        ObjectValue o => ToJsonObject(o.Properties, path),
        _ => throw new ArgumentException(
            $"property '{PropertyPath.Display(path)}' is {ValueKinds.Describe(v)}, which has no plain JSON form", nameof(v)),
    };

    private static JsonObject ToJsonObject(PropertyMap map, string path)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map)
        {
            obj.Add(key, ToJson(value, PropertyPath.Key(path, key)));
        }

        return obj;
    }
}
