using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Rpc.Tests;

public class StatusTests
{
    private const string FailPath = "/test.Status/Fail";
    private const string Awkward = "café 100% ✓\nnext";

    [Test]
    public async Task Grpc_message_is_percent_encoded_on_the_wire_and_decoded_by_the_client()
    {
        await using var server = await Failing(new RpcException(new Status(StatusCode.FailedPrecondition, Awkward)));

        var raw = await RawGrpc.PostAsync(server.Server.Port, FailPath, RawGrpc.Frame([]));
        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync(FailPath, new Empty(), Empty.Parser));

        Assert.Multiple(() =>
        {
            Assert.That(raw.Status["grpc-status"], Is.EqualTo("9"));
            Assert.That(raw.Status["grpc-message"], Is.EqualTo("caf%C3%A9 100%25 %E2%9C%93%0Anext"));
            Assert.That(raw.Status.ContainsKey("grpc-status-details-bin"), Is.False);
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(e.Message, Is.EqualTo(Awkward));
            Assert.That(e.Details(), Is.Empty);
        });
    }

    [Test]
    public async Task Error_details_round_trip_through_grpc_status_details_bin()
    {
        var missing = new ConfigureErrorMissingKeys
        {
            MissingKeys = { new ConfigureErrorMissingKeys.Types.MissingKey { Name = "alicloud-live:accessKey", Description = "set ALICLOUD_ACCESS_KEY" } },
        };
        var initFailed = new ErrorResourceInitFailed { Id = "job-1", Reasons = { "start failed" } };
        await using var server = await Failing(StatusDetails.Error(StatusCode.Unknown, "partial", [Any.Pack(missing), Any.Pack(initFailed)]));

        var raw = await RawGrpc.PostAsync(server.Server.Port, FailPath, RawGrpc.Frame([]));
        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync(FailPath, new Empty(), Empty.Parser));

        var bin = raw.Status["grpc-status-details-bin"];
        var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(bin.PadRight((bin.Length + 3) / 4 * 4, '=')));
        Assert.Multiple(() =>
        {
            Assert.That(status.Code, Is.EqualTo(2));
            Assert.That(status.Message, Is.EqualTo("partial"));
            Assert.That(e!.Details().Select(d => d.TypeUrl), Is.EqualTo(new[]
            {
                "type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys",
                "type.googleapis.com/pulumirpc.ErrorResourceInitFailed",
            }));
            Assert.That(e!.Details()[0].Unpack<ConfigureErrorMissingKeys>(), Is.EqualTo(missing));
            Assert.That(e!.Details()[1].Unpack<ErrorResourceInitFailed>(), Is.EqualTo(initFailed));
        });
    }

    [Test]
    public async Task Unknown_path_is_unimplemented()
    {
        await using var server = await TestServer.StartAsync();

        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync("/nope.Service/Missing", new Empty(), Empty.Parser));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.Unimplemented));
        Assert.That(e.Message, Is.EqualTo("Service is unimplemented."));
    }

    [Test]
    public async Task Unexpected_exception_is_unknown_with_its_type_and_message()
    {
        await using var server = await Failing(new InvalidOperationException("boom"));

        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync(FailPath, new Empty(), Empty.Parser));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.Unknown));
        Assert.That(e.Message, Is.EqualTo("InvalidOperationException: boom"));
    }

    [Test]
    public async Task Cancellation_that_is_not_the_calls_own_is_unknown()
    {
        await using var server = await Failing(new OperationCanceledException("inner timeout"));

        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync(FailPath, new Empty(), Empty.Parser));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.Unknown));
        Assert.That(e.Message, Does.Contain("inner timeout"));
    }

    [Test]
    public async Task Handler_can_fail_after_an_await()
    {
        await using var server = await TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(FailPath, Empty.Parser, async (_, _) =>
        {
            await Task.Delay(10);
            throw new RpcException(new Status(StatusCode.NotFound, "gone"));
        }));

        var e = Assert.ThrowsAsync<RpcException>(() => server.Client.UnaryAsync(FailPath, new Empty(), Empty.Parser));

        Assert.That((e!.StatusCode, e.Message), Is.EqualTo((StatusCode.NotFound, "gone")));
    }

    [Test]
    public void Mapping_a_path_twice_an_unknown_path_or_the_wrong_types_is_refused()
    {
        var router = TestServer.Router();
        router.MapUnary(FailPath, Empty.Parser, (_, _) => Task.FromResult(new Empty()));

        Assert.Throws<ArgumentException>(() => router.MapUnary(FailPath, Empty.Parser, (_, _) => Task.FromResult(new Empty())));
        Assert.That(
            Assert.Throws<ArgumentException>(() => router.MapUnary("/nope.Service/Missing", Empty.Parser, (_, _) => Task.FromResult(new Empty())))!.Message,
            Does.Contain("not a method of a served gRPC service"));
        Assert.That(
            Assert.Throws<ArgumentException>(() => router.MapUnary(TestServer.EchoPath, Empty.Parser, (_, _) => Task.FromResult(new Empty())))!.Message,
            Does.Contain("takes StringValue and returns StringValue"));
    }

    private static Task<TestServer> Failing(Exception error) =>
        TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(FailPath, Empty.Parser, (_, _) => throw error));
}
