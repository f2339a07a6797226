using AlicloudLive.Framework.Definitions;
using AlicloudLive.Rpc;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// Sends diagnostics to the engine's Log service (shown under the resource in `pulumi up`), or to stderr when no
/// engine is attached. Messages never carry property values, so no secret can leak through them.
/// </summary>
public sealed class EngineLog : IAsyncDisposable
{
    private EngineLogClient? _client;

    /// <summary>True once an engine address is known (otherwise messages go to stderr).</summary>
    public bool IsAttached => _client is not null;

    public void Attach(string engineAddress)
    {
        var old = Interlocked.Exchange(ref _client, new EngineLogClient(engineAddress));
        _ = old?.DisposeAsync().AsTask();
    }

    public Task LogAsync(LogSeverity severity, string message, string? urn)
    {
        if (_client is { } client)
        {
            return client.LogAsync(severity, message, urn);
        }

        Console.Error.WriteLine($"{severity}: {(urn is null ? string.Empty : urn + ": ")}{message}");
        return Task.CompletedTask;
    }

    public IResourceLog For(string urn) => new ResourceLog(this, urn);

    public async ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            await client.DisposeAsync();
        }
    }

    private sealed class ResourceLog(EngineLog log, string urn) : IResourceLog
    {
        public Task InfoAsync(string message) => log.LogAsync(LogSeverity.Info, message, urn);

        public Task WarningAsync(string message) => log.LogAsync(LogSeverity.Warning, message, urn);
    }
}
