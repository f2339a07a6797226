using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Rpc;

/// <summary>
/// Sends diagnostics to the engine (pulumirpc.Engine/Log). Best effort: a log must never fail a deployment, so a
/// failed call writes one line to stderr and returns normally.
/// </summary>
public sealed class EngineLogClient : IAsyncDisposable
{
    public const string LogPath = "/pulumirpc.Engine/Log";

    /// <summary>Bounds a log call so a stuck engine connection cannot hold up the operation that logs.</summary>
    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(30);

    private readonly GrpcClient _client;

    public EngineLogClient(string engineAddress) => _client = new GrpcClient(engineAddress);

    public async Task LogAsync(LogSeverity severity, string message, string? urn, CancellationToken ct = default)
    {
        var request = new LogRequest { Severity = severity, Message = message, Urn = urn ?? "" };
        try
        {
            await _client.UnaryAsync(LogPath, request, Empty.Parser, LogTimeout, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var reason = e is GrpcException g ? $"{g.Code}: {g.Message}" : e.GetType().Name;
            await Console.Error.WriteLineAsync($"engine log ({severity}) not delivered: {reason}").ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
