using System.Net;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlicloudLive.Rpc;

/// <summary>
/// The official gRPC server (Grpc.AspNetCore on Kestrel) serving a <see cref="GrpcRouter"/>'s methods: HTTP/2
/// cleartext with prior knowledge on 127.0.0.1 only, the engine's 400 MiB messages, no logging to stdout (a plugin's first stdout
/// line must be its port) and no signal handling (the hosting program owns signals).
/// </summary>
public sealed class GrpcServer : IAsyncDisposable
{
    /// <summary>How long in-flight calls may run on after a stop request before they are cancelled.</summary>
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a connection may stay idle before Kestrel closes it. The engine keeps one connection for a whole
    /// deployment and may call nothing for hours between steps, so this is far longer than any gap. It must be finite:
    /// Kestrel stores InfiniteTimeSpan as TimeSpan.MaxValue, the deadline "now + MaxValue" overflows, and every idle
    /// connection got GOAWAY at the next heartbeat (about 1 s); a call racing that GOAWAY failed with "The HTTP/2 server
    /// closed the connection". Kestrel converts it to timestamp ticks (×100 on Linux), so it must also stay well under
    /// TimeSpan.MaxValue / 100 (about 290 years).
    /// </summary>
    internal static readonly TimeSpan IdleConnectionLimit = TimeSpan.FromDays(7);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _hardStop;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopRequested;

    private GrpcServer(WebApplication app, CancellationTokenSource hardStop, int port)
    {
        _app = app;
        _hardStop = hardStop;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Completes once the server has stopped, whoever stopped it.</summary>
    public Task Stopped => _stopped.Task;

    public static async Task<GrpcServer> StartAsync(GrpcRouter router, int port = 0, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);

        // The empty builder reads no configuration files or environment and registers no logging providers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => ConfigureKestrel(options, port));
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        // The host's own shutdown limit (30 s) would cut calls that StopAsync was asked to wait for; the grace decides.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = GrpcLimits.MaxMessageSize;
            options.MaxSendMessageSize = GrpcLimits.MaxMessageSize;
        });
        var hardStop = new CancellationTokenSource();
        builder.Services.AddSingleton(router);
        builder.Services.AddSingleton(new CallRunner(hardStop.Token));
        builder.Services.AddSingleton<RoutedService>();
        builder.Services.AddSingleton<IServiceMethodProvider<RoutedService>, RoutedServiceMethodProvider>();
        var app = builder.Build();
        app.MapGrpcService<RoutedService>();
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new GrpcServer(app, hardStop, BoundPort(app));
    }

    /// <summary>
    /// Stops accepting calls and lets in-flight calls finish for up to <paramref name="grace"/> (5 s by default; infinite
    /// waits for every call, each bounded by its own timeouts), then cancels the rest.
    /// </summary>
    public Task StopAsync(TimeSpan? grace = null)
    {
        BeginStop(grace ?? GracePeriod);
        return Stopped;
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static void ConfigureKestrel(KestrelServerOptions options, int port)
    {
        options.AddServerHeader = false;
        options.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2);
        options.Limits.MaxRequestBodySize = null; // the gRPC options enforce the message limit
        options.Limits.KeepAliveTimeout = IdleConnectionLimit;
        // Data-rate minimums protect servers from slow peers on a network; on loopback under CPU starvation they only
        // cut the engine's connection mid-deployment.
        options.Limits.MinRequestBodyDataRate = null;
        options.Limits.MinResponseDataRate = null;
        options.Limits.Http2.MaxStreamsPerConnection = 1000;
        options.Limits.Http2.InitialConnectionWindowSize = 4 * 1024 * 1024;
        options.Limits.Http2.InitialStreamWindowSize = 2 * 1024 * 1024;
    }

    private static int BoundPort(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new Uri(address).Port;
    }

    /// <summary>Starts the stop sequence once; later calls share it.</summary>
    private void BeginStop(TimeSpan grace)
    {
        if (Interlocked.Exchange(ref _stopRequested, 1) == 0)
        {
            _ = RunStopAsync(grace);
        }
    }

    private async Task RunStopAsync(TimeSpan gracePeriod)
    {
        try
        {
            using (var grace = new CancellationTokenSource(gracePeriod))
            using (grace.Token.Register(() => _ = _hardStop.CancelAsync()))
            {
                try
                {
                    await _app.StopAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The grace period ran out; Kestrel has aborted the remaining connections.
                }
            }

            // Not disposed: a grace-timer cancellation may still be running its callbacks, and it holds no timer.
            await _hardStop.CancelAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopped.TrySetResult();
        }
        catch (Exception e)
        {
            _stopped.TrySetException(e);
        }
    }
}
