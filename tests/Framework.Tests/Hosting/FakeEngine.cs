using System.Collections.Concurrent;
using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>The engine's Log service on a real gRPC server: records every message the provider logs.</summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    private readonly ConcurrentQueue<LogRequest> _logs = new();
    private GrpcServer? _server;

    public string Address => $"127.0.0.1:{_server!.Port}";

    public IReadOnlyList<LogRequest> Logs => [.. _logs];

    public static async Task<FakeEngine> StartAsync()
    {
        var engine = new FakeEngine();
        var router = new GrpcRouter();
        router.MapUnary(EngineLogClient.LogPath, LogRequest.Parser, (request, _) =>
        {
            engine._logs.Enqueue(request);
            return Task.FromResult(new Empty());
        });
        engine._server = await GrpcServer.StartAsync(router);
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
