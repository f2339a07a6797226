using System.Text.Json.Nodes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>The type of one input as schema.json declares it: what a well-formed value would look like.</summary>
public abstract record InputShape
{
    public sealed record Text(IReadOnlyList<string> Enum) : InputShape;

    public sealed record Integer : InputShape;

    public sealed record Boolean : InputShape;

    public sealed record List(InputShape Items) : InputShape;

    public sealed record Object(IReadOnlyDictionary<string, InputShape> Properties) : InputShape;

    private static readonly Lazy<JsonNode> Schema = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema.json")))!);

    /// <summary>
    /// Every resource's inputs, by type token, from the committed schema.json; components are left out (the engine
    /// never sends them to Check: Construct checks their inputs).
    /// </summary>
    public static IReadOnlyDictionary<string, Object> Resources() =>
        Schema.Value["resources"]!.AsObject().Where(r => (bool?)r.Value!["isComponent"] != true)
            .ToDictionary(r => r.Key, r => Declared(r.Value!["inputProperties"]!));

    /// <summary>The inputs of one resource or component, by its type token.</summary>
    public static Object Inputs(string token) => Declared(Schema.Value["resources"]![token]!["inputProperties"]!);

    private static Object Declared(JsonNode properties) =>
        new(properties.AsObject().ToDictionary(p => p.Key, p => Parse(p.Value!)));

    private static InputShape Parse(JsonNode property)
    {
        if ((string?)property["$ref"] is { } reference)
        {
            var type = Schema.Value["types"]![reference["#/types/".Length..]]!;
            return type["enum"] is JsonArray values
                ? new Text(values.Select(v => (string)v!["value"]!).ToList())
                : Declared(type["properties"]!);
        }

        return (string?)property["type"] switch
        {
            "integer" or "number" => new Integer(),
            "boolean" => new Boolean(),
            "array" => new List(Parse(property["items"]!)),
            "object" => new Object(new Dictionary<string, InputShape>()),
            _ => new Text([]),
        };
    }
}
