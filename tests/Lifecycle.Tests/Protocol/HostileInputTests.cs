using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Protocol;

/// <summary>Protocol input no engine would send, answered in plain words by the built plugin.</summary>
public sealed class HostileInputTests
{
    [Test]
    public async Task A_struct_nested_too_deep_is_invalid_argument_naming_the_limit_in_one_sentence()
    {
        await using var session = await PluginSession.StartAsync();
        var news = new Struct();
        var inner = news;
        for (var depth = 0; depth < 60; depth++)
        {
            var next = new Struct();
            inner.Fields["nested"] = Value.ForStruct(next);
            inner = next;
        }

        var request = new CheckRequest { Urn = "urn:pulumi:dev::p::alicloud-live:ice:LiveTranscodeJob::deep", Type = "alicloud-live:ice:LiveTranscodeJob", News = news };
        var e = Assert.ThrowsAsync<RpcException>(() => session.CallAsync("Check", request, CheckResponse.Parser));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(e.Message, Does.Not.Contain("SetRecursionLimit").And.Not.Contain("malicious"));
        Assert.That(e.Message, Does.Contain("100"), "names the limit");
        Assert.That(e.Message.TrimEnd('.').Split(". "), Has.Length.EqualTo(1), "one sentence");
        Assert.That(await session.CallAsync("GetPluginInfo", new Empty(), PluginInfo.Parser), Is.Not.Null, "the plugin keeps serving");
    }
}
