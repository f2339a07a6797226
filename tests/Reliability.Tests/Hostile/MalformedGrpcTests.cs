using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Reliability.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// Broken gRPC frames sent to the built plugin binary: each is answered with the error status the official gRPC stack
/// (Grpc.AspNetCore) gives it — never OK, never a dropped connection — and the plugin keeps serving (it is alive,
/// healthy, and answers the next well-formed call). A message over the 400 MiB limit is RESOURCE_EXHAUSTED, the code
/// the gRPC spec gives a message larger than the receiver's limit.
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
        yield return Frame("a declared length over the 400 MiB limit", RawGrpc.Frame([], declaredLength: (400 * 1024 * 1024) + 1));
        yield return Frame("a declared length near 4 GiB", RawGrpc.Frame([], declaredLength: uint.MaxValue));
        yield return Frame("a compressed flag without grpc-encoding", RawGrpc.Frame(Check, flag: 1));
        yield return Frame("an invalid flag byte", RawGrpc.Frame(Check, flag: 0x80));
        yield return Frame("bytes that are not protobuf", RawGrpc.Frame([0x0A, 0x05, 0x41]));
        yield return Frame("a field with an impossible wire type", RawGrpc.Frame([0x0F, 0x01]));
        yield return Frame("a trailing byte after the message", [.. RawGrpc.Frame(Check), 0]);
        yield return Frame("two messages in a unary call", [.. RawGrpc.Frame(Check), .. RawGrpc.Frame(Check)]);
    }

    [TestCaseSource(nameof(Frames))]
    public async Task A_broken_frame_is_an_error_status_and_the_plugin_keeps_serving(string what, byte[] body)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rpc in (string[])["Check", "Create", "Configure"])
        {
            RawGrpc.Answer answer;
            try
            {
                answer = await RawGrpc.PostAsync(Plugin.Port, rpc, body);
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.HttpProtocolError)
            {
                // Kestrel may refuse an impossible frame (a length it will never receive) by closing that connection.
                codes.Add("connection closed");
                continue;
            }

            Assert.That(BrokenFrameCodes, Does.Contain(answer.GrpcStatus), $"{rpc}: {answer.GrpcStatus} {answer.GrpcMessage}");
            Assert.That(answer.GrpcMessage, Is.Not.Empty, rpc);
            codes.Add(((StatusCode)answer.GrpcStatus!.Value).ToString());
        }

        await AssertServingAsync();
        ReliabilityReport.RecordFigure(ReportSections.Hostile, $"gRPC frame: {what} (Check, Create, Configure)", $"{string.Join("/", codes)}; the plugin kept serving");
    }

    [Test]
    public async Task A_real_message_over_the_limit_is_resource_exhausted_and_the_plugin_keeps_serving()
    {
        var huge = new CheckRequest { Type = "alicloud-live:live:EdgeTranscodeJob", Name = new string('n', (400 * 1024 * 1024) + 16) }.ToByteArray();

        var answer = await RawGrpc.PostAsync(Plugin.Port, "Check", RawGrpc.Frame(huge));

        Assert.That(answer.GrpcStatus, Is.EqualTo((int)StatusCode.ResourceExhausted), answer.GrpcMessage);
        Assert.That(answer.GrpcMessage, Does.Contain("exceeds"));
        await AssertServingAsync();
        ReliabilityReport.RecordFigure(ReportSections.Hostile, "gRPC frame: a real 400 MiB + 16 B Check request", "RESOURCE_EXHAUSTED (exceeds the limit); the plugin kept serving");
    }

    private async Task AssertServingAsync()
    {
        Assert.That(Plugin.HasExited, Is.False, Plugin.StdErr);
        var health = await Plugin.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser, TimeSpan.FromSeconds(10));
        Assert.That(health.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
        Assert.That(await Engine.CheckAsync("alicloud-live:live:EdgeTranscodeJob", "after", new EdgeTranscodeJobScenario().Inputs()), Is.Not.Empty);
    }

    /// <summary>What the official stack answers a frame it cannot read: never OK (0).</summary>
    private static readonly int[] BrokenFrameCodes =
        [(int)StatusCode.InvalidArgument, (int)StatusCode.Internal, (int)StatusCode.Unknown, (int)StatusCode.ResourceExhausted];

    private static TestCaseData Frame(string what, byte[] body) => new TestCaseData(what, body).SetName($"Broken frame: {what}");
}
