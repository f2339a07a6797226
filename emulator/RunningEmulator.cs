using Microsoft.AspNetCore.Builder;

namespace AlicloudLive.Emulator;

/// <summary>A started emulator: where it listens, and how to stop it.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    internal RunningEmulator(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The base URL, e.g. http://127.0.0.1:43125/.</summary>
    public Uri BaseUrl { get; }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
