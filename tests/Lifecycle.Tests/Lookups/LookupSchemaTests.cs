using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Lookups;

/// <summary>The built plugin's GetSchema publishes every lookup as Pulumi's schema describes functions.</summary>
public sealed class LookupSchemaTests
{
    [Test]
    public async Task GetSchema_publishes_every_lookup_with_inputs_outputs_and_their_types()
    {
        await using var plugin = await PluginSession.StartAsync();

        var schema = JsonNode.Parse((await plugin.CallAsync("GetSchema", new GetSchemaRequest(), GetSchemaResponse.Parser)).Schema)!;

        var functions = schema["functions"]!.AsObject();
        Assert.That(functions.Select(kv => kv.Key), Is.EqualTo(new[]
        {
            "alicloud-live:ice:getLiveTranscodeJob",
            "alicloud-live:ice:getLiveTranscodeTemplates",
            "alicloud-live:live:getEdgeTranscodeJobs",
            "alicloud-live:live:getEdgeTranscodeTemplates",
            "alicloud-live:live:getPullToPushTasks",
            "alicloud-live:live:getRecordVodConfigs",
        }));
        foreach (var (token, function) in functions)
        {
            Assert.That((string?)function!["description"], Is.Not.Empty, token);
            Assert.That((string?)function["inputs"]!["type"], Is.EqualTo("object"), token);
            Assert.That((string?)function["outputs"]!["type"], Is.EqualTo("object"), token);
            var inputs = function["inputs"]!["properties"]!.AsObject().Select(kv => kv.Key);
            Assert.That(function["outputs"]!["properties"]!.AsObject().Select(kv => kv.Key), Is.SupersetOf(inputs), $"{token} echoes its inputs");
            foreach (var reference in function.ToJsonString().Split("\"#/types/").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]))
            {
                Assert.That(schema["types"]![reference], Is.Not.Null, $"{token} refers to {reference}");
            }
        }

        var templates = functions["alicloud-live:ice:getLiveTranscodeTemplates"]!["outputs"]!;
        Assert.That((string?)templates["properties"]!["templates"]!["items"]!["$ref"], Is.EqualTo("#/types/alicloud-live:ice:getLiveTranscodeTemplatesTemplate"));
        Assert.That(templates["required"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "ids", "templates" }));
        Assert.That(functions["alicloud-live:ice:getLiveTranscodeJob"]!["inputs"]!["required"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "jobId" }));
    }
}
