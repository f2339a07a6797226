using System.Net.Sockets;
using AlicloudLive.Rpc;

namespace AlicloudLive.Plugin;

/// <summary>
/// Stops the plugin when the engine that started it is gone: a killed CLI never sends Cancel, and the engine never
/// health-checks us, so the engine address (argv or Handshake) is probed once a second. After it has answered once,
/// two refused connects in a row mean the engine is gone. An address that never answered is left alone.
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

                if (await AnswersAsync(address, ct).ConfigureAwait(false))
                {
                    (seen, failures) = (true, 0);
                }
                else if (seen && ++failures >= FailuresBeforeGone)
                {
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

    private static async Task<bool> AnswersAsync(string address, CancellationToken ct)
    {
        Uri uri;
        try
        {
            uri = GrpcAddress.Parse(address);
        }
        catch (ArgumentException)
        {
            return false;
        }

        using var tcp = new TcpClient();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(Interval);
        try
        {
            await tcp.ConnectAsync(uri.Host, uri.Port, attempt.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }
}
