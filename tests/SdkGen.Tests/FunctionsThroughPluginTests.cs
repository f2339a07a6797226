using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.SdkGen.Tests.Mocks;
using AlicloudLive.Values;
using Pulumi;
using Pulumi.Testing;
using Pulumirpc;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The built plugin's Invoke (over gRPC, as the engine calls it, against the built emulator) accepts exactly the
/// arguments the generated SDK sends, every one set, and its answer reads back into the SDK's typed Result.
/// </summary>
public class FunctionsThroughPluginTests : LifecycleFixture
{
    private static SchemaFacts Schema => SdkTypes.Schema.Value;

    [Test]
    public async Task GetLiveTranscodeTemplates_with_every_argument_set_is_accepted_and_read_back_typed()
    {
        const string token = "alicloud-live:ice:getLiveTranscodeTemplates";
        var (sent, result) = await RoundTripAsync(token, () => Sdk.Ice.GetLiveTranscodeTemplates.InvokeAsync(new Sdk.Ice.GetLiveTranscodeTemplatesArgs
        {
            Category = "customized",
            Keyword = "hd",
            Name = "hd",
            Type = "normal",
            VideoCodec = "H.264",
        }));

        Assert.That(sent.Keys, Is.EquivalentTo(Schema.FunctionInputs(token).Keys), "the SDK sends every argument");
        Assert.That(result.Name, Is.EqualTo("hd"));
        Assert.That(result.Ids, Is.EqualTo(new[] { "ice-tpl-hd" }), "the emulator's seeded template");
        var template = result.Templates.Single();
        Assert.That((template.TemplateId, template.Name, template.VideoCodec), Is.EqualTo(("ice-tpl-hd", "hd", "H.264")));
    }

    [Test]
    public async Task GetPullToPushTasks_with_every_argument_set_is_accepted_and_read_back_typed()
    {
        const string token = "alicloud-live:live:getPullToPushTasks";
        var (sent, result) = await RoundTripAsync(token, () => Sdk.Live.GetPullToPushTasks.InvokeAsync(new Sdk.Live.GetPullToPushTasksArgs
        {
            DstUrl = "rtmp://push.example.com",
            Region = "cn-shanghai",
            Status = "Running",
            TaskId = "task",
            TaskName = "news",
        }));

        Assert.That(sent.Keys, Is.EquivalentTo(Schema.FunctionInputs(token).Keys), "the SDK sends every argument");
        Assert.That(result.Region, Is.EqualTo("cn-shanghai"));
        Assert.That(result.Ids, Has.Length.EqualTo(result.Tasks.Length));
    }

    [Test]
    public async Task The_plugin_refuses_a_call_without_a_required_argument_the_SDK_would_send()
    {
        var response = await Plugin.CallAsync(
            "Invoke",
            new InvokeRequest { Tok = "alicloud-live:live:getPullToPushTasks", Args = StructCodec.Encode(PropertyMap.Empty) },
            InvokeResponse.Parser);

        Assert.That(response.Failures.Select(f => f.Property), Does.Contain("region"));
    }

    /// <summary>
    /// Runs the SDK call under Pulumi.Testing; the mocks forward exactly what the SDK sent to the plugin's Invoke and
    /// answer with what the plugin returned. Returns the arguments sent and the SDK's typed result.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, object> Sent, T Result)> RoundTripAsync<T>(string token, Func<Task<T>> call)
    {
        var mocks = new ForwardingMocks(this, Schema);
        T result = default!;
        await Pulumi.Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, async () =>
        {
            result = await call();
            return new Dictionary<string, object?>();
        });

        var invoked = mocks.Calls.Single();
        Assert.That(invoked.Token, Is.EqualTo(token));
        return (invoked.Args, result);
    }

    private async Task<object> InvokePluginAsync(MockCallArgs args)
    {
        var sent = PropertyValueJson.FromJsonObject(JsonSerializer.SerializeToNode(args.Args)!.AsObject());
        var response = await Plugin.CallAsync("Invoke", new InvokeRequest { Tok = args.Token, Args = StructCodec.Encode(sent) }, InvokeResponse.Parser);
        Assert.That(response.Failures.Select(f => $"{f.Property}: {f.Reason}"), Is.Empty, "the plugin's Invoke refused what the SDK sent");
        var answer = PropertyValueJson.ToJsonObject(SecretValues.Reveal(StructCodec.Decode(response.Return)));
        return Plain(answer)!;
    }

    /// <summary>A JSON answer in the shapes Pulumi's mocks serialize (immutable maps and lists, doubles).</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToImmutableDictionary(p => p.Key, p => Plain(p.Value)!, StringComparer.Ordinal),
        JsonArray a => a.Select(Plain).ToImmutableArray(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => null,
    };

    private sealed class ForwardingMocks(FunctionsThroughPluginTests test, SchemaFacts schema) : IMocks
    {
        private readonly RecordingMocks _resources = new(schema);

        public List<MockCallArgs> Calls { get; } = [];

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) => _resources.NewResourceAsync(args);

        public Task<object> CallAsync(MockCallArgs args)
        {
            Calls.Add(args);
            return test.InvokePluginAsync(args);
        }
    }
}
