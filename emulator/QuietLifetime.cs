using Microsoft.Extensions.Hosting;

namespace AlicloudLive.Emulator;

/// <summary>
/// Replaces the console lifetime: no signal handlers and no startup banner inside a host process
/// (tests, Program); whoever started the emulator decides when it stops.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
