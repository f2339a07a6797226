using System.Text.Json.Nodes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Lifecycle.Tests;

/// <summary>Every string a resource takes, also inside its object types, states its length bound in the schema Check enforces.</summary>
public sealed class SchemaBoundsTests
{
    [Test]
    public async Task Every_string_input_and_object_field_states_its_length_bound()
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.PluginBinary), ["schema"]);
        var schema = JsonNode.Parse(run.StdOut)!.AsObject();
        var strings = new List<(string Where, JsonObject Property)>();
        foreach (var (token, resource) in schema["resources"]!.AsObject())
        {
            var inputs = resource!["inputProperties"]!.AsObject();
            strings.AddRange(Strings(token, inputs));
            foreach (var reference in inputs.Select(i => (string?)(i.Value!["$ref"] ?? i.Value!["items"]?["$ref"])).OfType<string>())
            {
                var typeToken = reference["#/types/".Length..];
                if (schema["types"]![typeToken]!["properties"] is JsonObject fields)
                {
                    strings.AddRange(Strings(typeToken, fields));
                }
            }
        }

        Assert.That(strings, Has.Count.GreaterThan(20));
        var unbounded = strings.Where(s => !((string?)s.Property["description"] ?? "").Contains("characters", StringComparison.Ordinal)
            || !((string?)s.Property["description"] ?? "").Contains("no control characters", StringComparison.Ordinal)).Select(s => s.Where);
        Assert.That(unbounded, Is.Empty);
    }

    private static IEnumerable<(string, JsonObject)> Strings(string owner, JsonObject properties) =>
        properties.Where(p => IsString(p.Value!.AsObject())).Select(p => ($"{owner}.{p.Key}", p.Value!.AsObject()));

    private static bool IsString(JsonObject property) =>
        (string?)property["type"] == "string" || (string?)property["items"]?["type"] == "string";
}
