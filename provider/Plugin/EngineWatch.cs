using System.Net.Sockets;
using AlicloudLive.Rpc;

namespace AlicloudLive.Plugin;

/// <summary>
/// Stops the plugin when the engine that started it is gone: a killed CLI never sends Cancel, and the engine never
/// health-checks us, so the engine address (argv or Handshake) is probed once a second. After it has answered once,
/// two refused connects with no answer between them mean the engine is gone: the kernel refuses at once when nothing
/// listens. A connect that times out proves nothing (a starved machine, a full accept queue) and is not counted, so a
/// busy CI runner never stops a live deployment. An address that never answered is left alone.
/// </summary>
internal sealed class EngineWatch : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int FailuresBeforeGone = 2;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private string? _address;

    public EngineWatch(Action<string> engineGone) => _loop = RunAsync(engineGone, _stop.Token);

    public void Watch(string address) => Volatile.Write(ref _address, address);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(Action<string> engineGone, CancellationToken ct)
    {
        string? watched = null;
        var seen = false;
        var failures = 0;
        try
        {
            while (true)
            {
                await Task.Delay(Interval, ct).ConfigureAwait(false);
                var address = Volatile.Read(ref _address);
                if (address is null)
                {
                    continue;
                }

                if (address != watched)
                {
                    (watched, seen, failures) = (address, false, 0);
                }

                switch (await ProbeAsync(address, ct).ConfigureAwait(false))
                {
                    case Probe.Answered:
                        (seen, failures) = (true, 0);
                        break;
                    case Probe.Refused when seen && ++failures >= FailuresBeforeGone:
                        engineGone(address);
                        return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The plugin is stopping for another reason.
        }
    }

    private enum Probe
    {
        Answered,
        Refused,
        Inconclusive,
    }

    private static async Task<Probe> ProbeAsync(string address, CancellationToken ct)
    {
        Uri uri;
        try
        {
            uri = GrpcAddress.Parse(address);
        }
        catch (ArgumentException)
        {
            return Probe.Inconclusive;
        }

        using var tcp = new TcpClient();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(Interval);
        try
        {
            await tcp.ConnectAsync(uri.Host, uri.Port, attempt.Token).ConfigureAwait(false);
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
}
