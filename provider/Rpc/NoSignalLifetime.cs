using Microsoft.Extensions.Hosting;

namespace AlicloudLive.Rpc;

/// <summary>
/// Replaces the console lifetime so a server never takes over the process's SIGINT/SIGTERM handling: the program
/// that hosts it decides what a signal means (the plugin calls <see cref="GrpcServer.StopAsync"/>).
/// </summary>
internal sealed class NoSignalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
