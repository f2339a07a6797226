using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace AlicloudLive.Rpc;

/// <summary>
/// Sends diagnostics to the engine (pulumirpc.Engine/Log) through the generated client. Best effort: a log must
/// never fail a deployment, so a failed call writes one line to stderr and returns normally.
/// </summary>
public sealed class EngineLogClient : IAsyncDisposable
{
    public const string LogPath = "/pulumirpc.Engine/Log";

    /// <summary>Bounds a log call so a stuck engine connection cannot hold up the operation that logs.</summary>
    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(30);

    private readonly GrpcChannel _channel;
    private readonly Engine.EngineClient _engine;

    public EngineLogClient(string engineAddress)
    {
        _channel = GrpcClient.Channel(engineAddress);
        _engine = new Engine.EngineClient(_channel);
    }

    public async Task LogAsync(LogSeverity severity, string message, string? urn, CancellationToken ct = default)
    {
        var request = new LogRequest { Severity = severity, Message = message, Urn = urn ?? "" };
        try
        {
            await _engine.LogAsync(request, deadline: DateTime.UtcNow + LogTimeout, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var reason = e is RpcException r ? $"{r.StatusCode}: {r.Status.Detail}" : e.GetType().Name;
            await Console.Error.WriteLineAsync($"engine log ({severity}) not delivered: {reason}").ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _channel.Dispose();
        return ValueTask.CompletedTask;
    }
}
