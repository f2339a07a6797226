using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>What schema.json says about resources: their inputs and outputs, and whether a sent value fits a type.</summary>
public sealed class SchemaFacts(JsonObject schema)
{
    public const string ProviderToken = "pulumi:providers:alicloud-live";

    public static SchemaFacts Load(string path) => new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    public IEnumerable<string> ResourceTokens => schema["resources"]!.AsObject().Select(r => r.Key);

    public bool IsResource(string token) => Resource(token) is not null;

    /// <summary>A component the plugin builds (Construct): it has no Check of its own.</summary>
    public bool IsComponent(string token) => (bool?)Resource(token)?["isComponent"] == true;

    /// <summary>The input properties of a resource (or the provider): name → type node.</summary>
    public IReadOnlyDictionary<string, JsonObject> Inputs(string token) => PropertyMap(Resource(token)?["inputProperties"]);

    /// <summary>The output properties of a resource: name → type node (none for the provider).</summary>
    public IReadOnlyDictionary<string, JsonObject> Outputs(string token) =>
        token == ProviderToken ? new Dictionary<string, JsonObject>() : PropertyMap(Resource(token)?["properties"]);

    public IEnumerable<string> FunctionTokens => schema["functions"]?.AsObject().Select(f => f.Key) ?? [];

    /// <summary>The inputs of a function: name → type node.</summary>
    public IReadOnlyDictionary<string, JsonObject> FunctionInputs(string token) => PropertyMap(schema["functions"]?[token]?["inputs"]?["properties"]);

    public IReadOnlySet<string> RequiredFunctionInputs(string token) =>
        (schema["functions"]?[token]?["inputs"]?["required"]?.AsArray() ?? []).Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The outputs of a function's result: name → type node.</summary>
    public IReadOnlyDictionary<string, JsonObject> FunctionOutputs(string token) => PropertyMap(schema["functions"]?[token]?["outputs"]?["properties"]);

    public IReadOnlySet<string> StateInputs(string token) =>
        PropertyMap(Resource(token)?["stateInputs"]?["properties"]).Keys.ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> SecretInputs(string token) =>
        Inputs(token).Where(i => i.Value["secret"]?.GetValue<bool>() == true).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A value of the type, in the shape Pulumi's mocks hand back (doubles, immutable lists and maps).</summary>
    public object Sample(JsonObject type) => Resolve(type) switch
    {
        var t when t["enum"] is JsonArray values => Scalar(values[0]!["value"]!),
        var t when t["properties"] is JsonObject props => props.ToImmutableDictionary(p => p.Key, p => Sample(p.Value!.AsObject()), StringComparer.Ordinal),
        var t => (string?)t["type"] switch
        {
            "string" => "sample",
            "integer" => 1.0,
            "number" => 1.5,
            "boolean" => true,
            "array" => ImmutableArray.Create(Sample(t["items"]!.AsObject())),
            "object" => ImmutableDictionary<string, object>.Empty.Add("key", Sample(t["additionalProperties"]?.AsObject() ?? new JsonObject { ["type"] = "string" })),
            var other => throw new InvalidOperationException($"no sample for type '{other}'"),
        },
    };

    /// <summary>Why a received value does not fit the schema type (path-qualified), or null when it fits.</summary>
    public string? Mismatch(string path, object value, JsonObject type)
    {
        var t = Resolve(type);
        if (t["enum"] is JsonArray values)
        {
            return values.Any(v => Equals(Scalar(v!["value"]!), value)) ? null : $"{path}: {value} is not one of the enum's values";
        }

        if (t["properties"] is JsonObject props)
        {
            if (value is not IReadOnlyDictionary<string, object> fields)
            {
                return $"{path}: expected an object, got {value.GetType().Name}";
            }

            return fields.Select(f => props[f.Key] is JsonObject p ? Mismatch($"{path}.{f.Key}", f.Value, p) : $"{path}.{f.Key}: not in the schema")
                .FirstOrDefault(m => m is not null);
        }

        return (string?)t["type"] switch
        {
            "string" => value is string ? null : $"{path}: expected a string, got {value.GetType().Name}",
            "integer" => value is double d && d == Math.Floor(d) ? null : $"{path}: expected a whole number, got {value}",
            "number" => value is double ? null : $"{path}: expected a number, got {value.GetType().Name}",
            "boolean" => value is bool ? null : $"{path}: expected a boolean, got {value.GetType().Name}",
            "array" => value is ImmutableArray<object> items
                ? items.Select((item, i) => Mismatch($"{path}[{i}]", item, t["items"]!.AsObject())).FirstOrDefault(m => m is not null)
                : $"{path}: expected an array, got {value.GetType().Name}",
            "object" => value is IReadOnlyDictionary<string, object> map
                ? map.Select(e => Mismatch($"{path}.{e.Key}", e.Value, t["additionalProperties"]?.AsObject() ?? new JsonObject { ["type"] = "string" })).FirstOrDefault(m => m is not null)
                : $"{path}: expected a map, got {value.GetType().Name}",
            var other => $"{path}: unknown schema type '{other}'",
        };
    }

    /// <summary>A provider input that is not a string travels JSON-encoded ([Input(json: true)]), as Pulumi's codegen sends it.</summary>
    public string? ProviderMismatch(string name, object value, JsonObject type)
    {
        if ((string?)Resolve(type)["type"] == "string" || value is not string text)
        {
            return Mismatch(name, value, type);
        }

        var decoded = JsonSerializer.Deserialize<JsonElement>(text);
        object plain = decoded.ValueKind switch
        {
            JsonValueKind.Number => decoded.GetDouble(),
            JsonValueKind.True or JsonValueKind.False => decoded.GetBoolean(),
            _ => text,
        };
        return Mismatch(name, plain, type);
    }

    private JsonObject? Resource(string token) =>
        token == ProviderToken ? schema["provider"]?.AsObject() : schema["resources"]?[token]?.AsObject();

    private JsonObject Resolve(JsonObject type) =>
        (string?)type["$ref"] is { } reference
            ? schema["types"]![Uri.UnescapeDataString(reference["#/types/".Length..])]!.AsObject()
            : type;

    private static IReadOnlyDictionary<string, JsonObject> PropertyMap(JsonNode? node) =>
        node is JsonObject map
            ? map.ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal)
            : new Dictionary<string, JsonObject>();

    private static object Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture),
        _ => node.GetValue<bool>(),
    };
}
