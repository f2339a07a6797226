using System.Collections.Concurrent;
using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Driver;

/// <summary>The engine's Log service, as the plugin sees it: records every diagnostic the plugin sends.</summary>
public sealed class FakeEngine : IAsyncDisposable
{
    private readonly ConcurrentQueue<LogRequest> _logs = new();
    private GrpcServer? _server;

    public string Address => $"127.0.0.1:{_server!.Port}";

    public IReadOnlyList<LogRequest> Logs => _logs.ToArray();

    public static async Task<FakeEngine> StartAsync()
    {
        var engine = new FakeEngine();
        var router = new GrpcRouter();
        router.MapUnary("/pulumirpc.Engine/Log", LogRequest.Parser, (request, _) =>
        {
            engine._logs.Enqueue(request);
            return Task.FromResult(new Empty());
        });
        engine._server = await GrpcServer.StartAsync(router);
        return engine;
    }

    public void Clear() => _logs.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
