using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Rpc.Tests;

[NonParallelizable] // swaps Console.Error
public class EngineLogClientTests
{
    [Test]
    public async Task Log_reaches_the_engine_with_severity_message_and_urn()
    {
        var received = new ConcurrentQueue<LogRequest>();
        await using var engine = await FakeEngine((request, _) =>
        {
            received.Enqueue(request);
            return Task.FromResult(new Empty());
        });
        await using var log = new EngineLogClient($":{engine.Port}");

        await log.LogAsync(LogSeverity.Warning, "sourceUrls forces a replacement", "urn:pulumi:dev::p::t::n");
        await log.LogAsync(LogSeverity.Info, "no urn", null);

        Assert.That(received, Is.EqualTo(new[]
        {
            new LogRequest { Severity = LogSeverity.Warning, Message = "sourceUrls forces a replacement", Urn = "urn:pulumi:dev::p::t::n" },
            new LogRequest { Severity = LogSeverity.Info, Message = "no urn" },
        }));
    }

    [Test]
    public async Task A_failing_engine_costs_one_stderr_line_and_no_exception()
    {
        await using var engine = await FakeEngine((_, _) => throw new RpcException(new Status(StatusCode.Internal, "engine is sad")));
        await using var log = new EngineLogClient($"127.0.0.1:{engine.Port}");

        var stderr = await CaptureStderrAsync(() => log.LogAsync(LogSeverity.Error, "the message", "urn:x"));

        Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("Internal").And.Contain("engine is sad"));
    }

    [Test]
    public async Task An_unreachable_engine_costs_one_stderr_line_and_no_exception()
    {
        var engine = await FakeEngine((_, _) => Task.FromResult(new Empty()));
        var port = engine.Port;
        await engine.StopAsync();
        await using var log = new EngineLogClient($"http://127.0.0.1:{port}");

        var stderr = await CaptureStderrAsync(() => log.LogAsync(LogSeverity.Info, "hello", null));

        Assert.That(stderr, Does.Contain("Unavailable"));
    }

    private static Task<GrpcServer> FakeEngine(Func<LogRequest, CancellationToken, Task<Empty>> handler)
    {
        var router = new GrpcRouter();
        router.MapUnary(EngineLogClient.LogPath, LogRequest.Parser, handler);
        return GrpcServer.StartAsync(router);
    }

    private static async Task<string> CaptureStderrAsync(Func<Task> action)
    {
        var original = Console.Error;
        using var capture = new StringWriter();
        Console.SetError(capture);
        try
        {
            await action();
        }
        finally
        {
            Console.SetError(original);
        }

        return capture.ToString();
    }
}
