using System.Runtime.InteropServices;
using AlicloudLive.Framework.Hosting;
using AlicloudLive.Resources.Provider;
using AlicloudLive.Rpc;

namespace AlicloudLive.Plugin;

/// <summary>
/// Plugin mode: serve the provider on 127.0.0.1, print the port first, and stop cleanly when the engine says so or is
/// gone. Started by hand with no engine address (debug attach), it serves until it is stopped.
/// </summary>
internal static class PluginHost
{
    /// <summary>
    /// The engine stops plugins with SIGINT on Unix and CTRL_BREAK_EVENT on Windows, which .NET delivers as SIGQUIT;
    /// SIGTERM is what service managers and `kill` send. Each stops the plugin gracefully.
    /// </summary>
    private static readonly PosixSignal[] StopSignals = [PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM];

    public static async Task<int> RunAsync(string? engineAddress, ProviderEnvironment environment)
    {
        InheritedSignals.RestoreStopSignals();
        var stop = new TaskCompletionSource<TimeSpan?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var watch = engineAddress is null ? null : new EngineWatch(engineAddress, address =>
        {
            Console.Error.WriteLine($"the engine at {address} is gone; stopping once the calls in flight have finished");
            // Nobody is left to answer, but a cloud call half done is worse than one finished: each has its own timeout.
            stop.TrySetResult(Timeout.InfiniteTimeSpan);
        });
        var log = new EngineLog();
        if (engineAddress is not null)
        {
            log.Attach(engineAddress);
        }

        await using var service = new ProviderService<AlicloudLive.Cloud.AlibabaCloudClient>(new AlicloudLiveProvider(environment), log, environment.Time);
        var router = new GrpcRouter();
        service.Register(router);
        await using var server = await GrpcServer.StartAsync(router);

        var signals = StopSignals.Select(signal => PosixSignalRegistration.Create(signal, Stop)).ToList();
        try
        {
            // The engine reads the port from the first stdout line; "\n", never "\r\n".
            await Console.Out.WriteAsync($"{server.Port}\n");
            await Console.Out.FlushAsync();

            await Task.WhenAny(stop.Task, server.Stopped);
            await server.StopAsync(stop.Task.IsCompleted ? await stop.Task : null);
        }
        finally
        {
            signals.ForEach(signal => signal.Dispose());
        }

        await log.DisposeAsync();
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult(null);
        }
    }
}
