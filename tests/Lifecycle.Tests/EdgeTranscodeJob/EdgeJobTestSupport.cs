using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob;

/// <summary>Inputs, emulator look-ups and engine steps the edge job tests share (the driver has no equivalent).</summary>
internal static class EdgeJobTestSupport
{
    public const string Token = "alicloud-live:live:EdgeTranscodeJob";
    public const string Cluster = "edge-cluster-1";

    public static PropertyMap Job(string streamOutput = "rtmp://push.example.com/app/out_1080p", string templateId = "edge-tpl-1080p") => Json.Map($$"""
        {"clusterId": "{{Cluster}}", "templateId": "{{templateId}}", "streamInput": "rtmp://live.example.com/app/stream",
         "streamOutput": "{{streamOutput}}"}
        """);

    /// <summary>The engine's answer to a partially failed step: the ErrorResourceInitFailed detail of the gRPC error.</summary>
    public static ErrorResourceInitFailed InitFailure(RpcException error)
    {
        var detail = error.Details().SingleOrDefault(d => d.Is(ErrorResourceInitFailed.Descriptor));
        Assert.That(detail, Is.Not.Null, $"no ErrorResourceInitFailed detail in: {error.Message}");
        return detail!.Unpack<ErrorResourceInitFailed>();
    }

    /// <summary>
    /// What the engine does on the next `pulumi up` for a resource recorded with init errors and no input change:
    /// an Update with the recorded outputs and the same inputs.
    /// </summary>
    public static async Task<PropertyMap> ContinueAfterInitErrorAsync(EngineDriver engine, ResourceState state)
    {
        var response = await engine.Plugin.CallAsync("Update", EngineDriver.UpdateRequest(state, state.Inputs, preview: false), UpdateResponse.Parser);
        return StructCodec.Decode(response.Properties);
    }

    /// <summary>How many times the emulator answered <paramref name="action"/> (0 when never called).</summary>
    public static int CallsTo(JsonObject calls, string action) => (int?)calls[action]?["calls"] ?? 0;

    public static string? Field(JsonNode? job, string name) => (string?)job![name];
}
