using System.Runtime.InteropServices;
using AlicloudLive.Framework.Hosting;
using AlicloudLive.Resources.Provider;
using AlicloudLive.Rpc;

namespace AlicloudLive.Plugin;

/// <summary>Plugin mode: serve the provider on 127.0.0.1, print the port first, stop cleanly on SIGINT/SIGTERM.</summary>
internal static class PluginHost
{
    public static async Task<int> RunAsync(string? engineAddress, ProviderEnvironment environment)
    {
        InheritedSignals.RestoreInterrupt();
        var stop = new TaskCompletionSource();
        await using var watch = new EngineWatch(address =>
        {
            Console.Error.WriteLine($"the engine at {address} is gone; stopping");
            stop.TrySetResult();
        });
        var log = new EngineLog();
        log.EngineAttached += watch.Watch;
        if (engineAddress is not null)
        {
            log.Attach(engineAddress);
        }

        await using var service = new ProviderService<AlicloudLive.Cloud.AlibabaCloudClient>(new AlicloudLiveProvider(environment), log, environment.Time);
        var router = new GrpcRouter();
        service.Register(router);
        await using var server = await GrpcServer.StartAsync(router);

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        // The engine reads the port from the first stdout line; "\n", never "\r\n".
        await Console.Out.WriteAsync($"{server.Port}\n");
        await Console.Out.FlushAsync();

        await Task.WhenAny(stop.Task, server.Stopped);
        await server.StopAsync();
        await log.DisposeAsync();
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
    }
}
