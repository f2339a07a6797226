using System.Net.Sockets;
using Grpc.Core;
using Grpc.Health.V1;

namespace AlicloudLive.Rpc;

/// <summary>
/// Stops the plugin when the engine that started it is gone: a killed CLI never sends Cancel and the engine never
/// health-checks its plugins, so the plugin watches the engine address it was given on its command line. Two probes:
/// <list type="bullet">
/// <item>A TCP connect every second. After the engine has answered once, two refused connects with no answer between
/// them mean it is gone (nothing listens on its port). A connect that does not finish proves nothing (a starved
/// machine, a full accept queue) and is not counted. The probe waits long enough for Windows, where a refused local
/// connect takes about 2 s (it retries the SYN before giving up).</item>
/// <item>The rule Go providers use, as the fallback for whatever the first cannot see (a port taken over by another
/// program, a network stack that drops instead of refusing): a gRPC Health/Check every 5 minutes, where any error
/// but UNIMPLEMENTED means gone (and, as with connects, our own deadline running out proves nothing).</item>
/// </list>
/// With no address (a plugin started by hand for debug attach, <c>PULUMI_DEBUG_PROVIDERS</c>) nothing is watched: the
/// plugin serves run after run until it is stopped, as Go providers do.
/// </summary>
public sealed class EngineWatch : IAsyncDisposable
{
    private const int RefusalsBeforeGone = 2;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loops;

    public EngineWatch(string address, Action<string> engineGone, EngineWatchTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(engineGone);
        var uri = GrpcAddress.Parse(address);
        var t = timings ?? EngineWatchTimings.Default;
        var gone = new GoneOnce(address, engineGone, _stop);
        _loops = Task.WhenAll(WatchConnectsAsync(uri, t, gone, _stop.Token), WatchHealthAsync(address, t, gone, _stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loops.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task WatchConnectsAsync(Uri engine, EngineWatchTimings timings, GoneOnce gone, CancellationToken ct)
    {
        var answered = false;
        var refusals = 0;
        await RepeatAsync(timings.ConnectInterval, ct, async () =>
        {
            switch (await ConnectAsync(engine, timings.ConnectTimeout, ct).ConfigureAwait(false))
            {
                case Probe.Answered:
                    (answered, refusals) = (true, 0);
                    break;
                case Probe.Refused when answered && ++refusals >= RefusalsBeforeGone:
                    gone.Report();
                    break;
            }
        }).ConfigureAwait(false);
    }

    private static async Task WatchHealthAsync(string address, EngineWatchTimings timings, GoneOnce gone, CancellationToken ct)
    {
        // Made at the first check, minutes after start: nothing on the way to the port line that is not needed yet.
        GrpcClient? client = null;
        try
        {
            await RepeatAsync(timings.HealthInterval, ct, () => CheckHealthAsync(client ??= new GrpcClient(address), timings, gone, ct)).ConfigureAwait(false);
        }
        finally
        {
            client?.Dispose();
        }
    }

    private static async Task CheckHealthAsync(GrpcClient client, EngineWatchTimings timings, GoneOnce gone, CancellationToken ct)
    {
        try
        {
            await client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser, timings.HealthInterval, ct)
                .ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode is not (StatusCode.Unimplemented or StatusCode.DeadlineExceeded))
        {
            gone.Report();
        }
        catch (RpcException)
        {
            // An engine without the health service still answered; an answer too slow to come proves nothing.
        }
    }

    private static async Task RepeatAsync(TimeSpan interval, CancellationToken ct, Func<Task> probe)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(interval, ct).ConfigureAwait(false);
                await probe().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The watch is over: the engine is gone or the plugin is stopping for another reason.
        }
    }

    private enum Probe
    {
        Answered,
        Refused,
        Inconclusive,
    }

    private static async Task<Probe> ConnectAsync(Uri engine, TimeSpan timeout, CancellationToken ct)
    {
        using var tcp = new TcpClient();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        try
        {
            await tcp.ConnectAsync(engine.Host, engine.Port, attempt.Token).ConfigureAwait(false);
            return Probe.Answered;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return Probe.Refused;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return Probe.Inconclusive;
        }
    }

    /// <summary>Reports the engine gone once, whichever probe saw it first, and ends both.</summary>
    private sealed class GoneOnce(string address, Action<string> engineGone, CancellationTokenSource stop)
    {
        private int _reported;

        public void Report()
        {
            if (Interlocked.Exchange(ref _reported, 1) == 0)
            {
                engineGone(address);
                stop.Cancel();
            }
        }
    }
}

/// <summary>How often the engine watch probes, and how long one connect may take.</summary>
public sealed record EngineWatchTimings(TimeSpan ConnectInterval, TimeSpan ConnectTimeout, TimeSpan HealthInterval)
{
    /// <summary>A connect a second (5 s to finish: a Windows refusal takes ~2 s), and Go providers' 5-minute health check.</summary>
    public static EngineWatchTimings Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));
}
