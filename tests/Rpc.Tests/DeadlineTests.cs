using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AlicloudLive.Rpc.Tests;

public class DeadlineTests
{
    private const string WaitPath = "/test.Deadline/Wait";
    private const string DescribePath = "/test.Deadline/Describe";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Client_timeout_is_deadline_exceeded_and_cancels_the_handlers_token()
    {
        var handler = new WaitingHandler();
        await using var server = await TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(WaitPath, Empty.Parser, handler.WaitForCancellationAsync));
        var e = Assert.ThrowsAsync<RpcException>(() =>
            server.Client.UnaryAsync(WaitPath, new Empty(), Empty.Parser, TimeSpan.FromMilliseconds(300)));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
        await handler.Cancelled.Task.WaitAsync(HangGuard);
    }

    [Test]
    public async Task Server_enforces_grpc_timeout_even_when_the_handler_ignores_its_token()
    {
        var never = new TaskCompletionSource<Empty>();
        await using var server = await TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(WaitPath, Empty.Parser, (_, _) => never.Task));

        var reply = await RawGrpc.PostAsync(server.Server.Port, WaitPath, RawGrpc.Frame([]), headers: new Dictionary<string, string> { ["grpc-timeout"] = "100m" })
            .WaitAsync(HangGuard);

        Assert.That(reply.Status["grpc-status"], Is.EqualTo("4"));
    }

    [TestCase("1S")]
    [TestCase("250m")]
    [TestCase("250000u")]
    [TestCase("25000000n")]
    public async Task Each_timeout_unit_sets_a_deadline_that_cancels_the_handlers_token(string timeout)
    {
        var handler = new WaitingHandler();
        await using var server = await TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(WaitPath, Empty.Parser, handler.WaitForCancellationAsync));

        var reply = await RawGrpc.PostAsync(server.Server.Port, WaitPath, RawGrpc.Frame([]), headers: new Dictionary<string, string> { ["grpc-timeout"] = timeout })
            .WaitAsync(HangGuard);

        Assert.That(reply.Status["grpc-status"], Is.EqualTo("4"));
        await handler.Cancelled.Task.WaitAsync(HangGuard);
    }

    [Test]
    public async Task Long_timeout_lets_the_call_finish()
    {
        await using var server = await TestServer.StartAsync(r => r.MapUnary(DescribePath, Empty.Parser, async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            return new StringValue { Value = "finished" };
        }));

        var reply = await server.Client.UnaryAsync(DescribePath, new Empty(), StringValue.Parser, TimeSpan.FromHours(1));

        Assert.That(reply.Value, Is.EqualTo("finished"));
    }

    [Test]
    public async Task Client_cancellation_throws_and_cancels_the_handlers_token()
    {
        var handler = new WaitingHandler();
        await using var server = await TestServer.StartAsync(r => r.MapUnary<Empty, Empty>(WaitPath, Empty.Parser, handler.WaitForCancellationAsync));
        using var cts = new CancellationTokenSource();

        var call = server.Client.UnaryAsync(WaitPath, new Empty(), Empty.Parser, ct: cts.Token);
        await handler.Started.Task.WaitAsync(HangGuard);
        await cts.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => call);
        await handler.Cancelled.Task.WaitAsync(HangGuard);
    }

    /// <summary>A handler that waits until its call's token fires.</summary>
    private sealed class WaitingHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<Empty> WaitForCancellationAsync(Empty request, CancellationToken ct)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                Cancelled.TrySetResult();
            }

            return request;
        }
    }
}
