using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Reliability.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Grpc.Health.V1;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// Broken gRPC frames sent to the built plugin binary: each is answered INVALID_ARGUMENT, and the plugin keeps
/// serving (it is alive, healthy, and answers the next well-formed call).
/// </summary>
[Category("Hostile")]
public sealed class MalformedGrpcTests : LifecycleFixture
{
    private static readonly byte[] Check = new CheckRequest { Type = "alicloud-live:live:EdgeTranscodeJob", Name = "x", Urn = EngineDriver.Urn("alicloud-live:live:EdgeTranscodeJob", "x") }.ToByteArray();

    public static IEnumerable<TestCaseData> Frames()
    {
        yield return Frame("an empty body", []);
        yield return Frame("a truncated frame header", [0, 0, 0]);
        yield return Frame("a truncated message", RawGrpc.Frame(Check, declaredLength: (uint)Check.Length + 10));
        yield return Frame("a declared length over the 64 MiB limit", RawGrpc.Frame([], declaredLength: (64 * 1024 * 1024) + 1));
        yield return Frame("a declared length near 4 GiB", RawGrpc.Frame([], declaredLength: uint.MaxValue));
        yield return Frame("a compressed flag without grpc-encoding", RawGrpc.Frame(Check, flag: 1));
        yield return Frame("an invalid flag byte", RawGrpc.Frame(Check, flag: 0x80));
        yield return Frame("bytes that are not protobuf", RawGrpc.Frame([0x0A, 0x05, 0x41]));
        yield return Frame("a field with an impossible wire type", RawGrpc.Frame([0x0F, 0x01]));
        yield return Frame("a trailing byte after the message", [.. RawGrpc.Frame(Check), 0]);
        yield return Frame("two messages in a unary call", [.. RawGrpc.Frame(Check), .. RawGrpc.Frame(Check)]);
    }

    [TestCaseSource(nameof(Frames))]
    public async Task A_broken_frame_is_invalid_argument_and_the_plugin_keeps_serving(string what, byte[] body)
    {
        foreach (var rpc in (string[])["Check", "Create", "Configure"])
        {
            var answer = await RawGrpc.PostAsync(Plugin.Port, rpc, body);
            Assert.That(answer.GrpcStatus, Is.EqualTo((int)StatusCode.InvalidArgument), $"{rpc}: {answer.GrpcMessage}");
        }

        await AssertServingAsync();
        ReliabilityReport.RecordFigure(ReportSections.Hostile, $"gRPC frame: {what} (Check, Create, Configure)", "INVALID_ARGUMENT; the plugin kept serving");
    }

    [Test]
    public async Task A_real_message_over_the_limit_is_invalid_argument_and_the_plugin_keeps_serving()
    {
        var huge = new CheckRequest { Type = "alicloud-live:live:EdgeTranscodeJob", Name = new string('n', (64 * 1024 * 1024) + 16) }.ToByteArray();

        var answer = await RawGrpc.PostAsync(Plugin.Port, "Check", RawGrpc.Frame(huge));

        Assert.That(answer.GrpcStatus, Is.EqualTo((int)StatusCode.InvalidArgument), answer.GrpcMessage);
        Assert.That(answer.GrpcMessage, Does.Contain("exceeds"));
        await AssertServingAsync();
        ReliabilityReport.RecordFigure(ReportSections.Hostile, "gRPC frame: a real 64 MiB + 16 B Check request", "INVALID_ARGUMENT (exceeds the limit); the plugin kept serving");
    }

    private async Task AssertServingAsync()
    {
        Assert.That(Plugin.HasExited, Is.False, Plugin.StdErr);
        var health = await Plugin.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser, TimeSpan.FromSeconds(10));
        Assert.That(health.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
        Assert.That(await Engine.CheckAsync("alicloud-live:live:EdgeTranscodeJob", "after", new EdgeTranscodeJobScenario().Inputs()), Is.Not.Empty);
    }

    private static TestCaseData Frame(string what, byte[] body) => new TestCaseData(what, body).SetName($"Broken frame: {what}");
}
