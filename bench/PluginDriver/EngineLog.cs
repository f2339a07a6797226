using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.PluginDriver;

/// <summary>The engine's Log service as a plugin sees it: it answers every diagnostic (Diff logs each replacement).</summary>
internal sealed class EngineLog : IAsyncDisposable
{
    private readonly GrpcServer _server;
    private int _messages;

    private EngineLog(GrpcServer server) => _server = server;

    public string Address => $"127.0.0.1:{_server.Port}";

    public int Messages => Volatile.Read(ref _messages);

    public static async Task<EngineLog> StartAsync()
    {
        EngineLog? log = null;
        var router = new GrpcRouter();
        router.MapUnary("/pulumirpc.Engine/Log", LogRequest.Parser, (_, _) =>
        {
            Interlocked.Increment(ref log!._messages);
            return Task.FromResult(new Empty());
        });
        log = new EngineLog(await GrpcServer.StartAsync(router));
        return log;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
