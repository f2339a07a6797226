using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AlicloudLive.Rpc.Tests;

public class ShutdownTests
{
    private const string SlowPath = "/test.Shutdown/Slow";
    private const string HangPath = "/test.Shutdown/Hang";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Test]
    public async Task StopAsync_lets_an_in_flight_call_finish_then_refuses_new_ones()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = TestServer.Router();
        router.MapUnary(SlowPath, StringValue.Parser, async (request, _) =>
        {
            started.TrySetResult();
            await Task.Delay(500);
            return new StringValue { Value = request.Value + " done" };
        });
        var server = await GrpcServer.StartAsync(router);
        using var client = new GrpcClient($":{server.Port}");

        var call = client.UnaryAsync(SlowPath, new StringValue { Value = "work" }, StringValue.Parser);
        await started.Task.WaitAsync(HangGuard);
        var stop = server.StopAsync();

        Assert.That((await call.WaitAsync(HangGuard)).Value, Is.EqualTo("work done"));
        await stop.WaitAsync(HangGuard);
        Assert.That(server.Stopped.IsCompletedSuccessfully, Is.True);
        using var fresh = new GrpcClient($":{server.Port}");
        var e = Assert.ThrowsAsync<RpcException>(() => fresh.UnaryAsync(SlowPath, new StringValue(), StringValue.Parser));
        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
    }

    [Test]
    public async Task StopAsync_cancels_calls_that_outlive_the_grace_period()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = TestServer.Router();
        router.MapUnary<Empty, Empty>(HangPath, Empty.Parser, async (request, ct) =>
        {
            started.TrySetResult();
            using var _ = ct.Register(cancelled.SetResult);
            await Task.Delay(Timeout.Infinite, ct);
            return request;
        });
        var server = await GrpcServer.StartAsync(router);
        using var client = new GrpcClient($":{server.Port}");

        var call = client.UnaryAsync(HangPath, new Empty(), Empty.Parser);
        await started.Task.WaitAsync(HangGuard);
        await server.StopAsync().WaitAsync(HangGuard);

        await cancelled.Task.WaitAsync(HangGuard);
        Assert.CatchAsync<RpcException>(() => call.WaitAsync(HangGuard));
    }

    [Test]
    public async Task Stopping_twice_and_disposing_after_stop_are_harmless()
    {
        var server = await GrpcServer.StartAsync(TestServer.Router());

        await Task.WhenAll(server.StopAsync(), server.StopAsync()).WaitAsync(HangGuard);
        await server.DisposeAsync();

        Assert.That(server.Stopped.IsCompletedSuccessfully, Is.True);
    }
}
