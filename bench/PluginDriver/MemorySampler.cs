namespace AlicloudLive.PluginDriver;

/// <summary>
/// Samples a process's resident memory (VmRSS in /proc/&lt;pid&gt;/status) every 50 ms while a phase runs; at the end
/// also reads VmHWM, the kernel's own high-water mark over the process's life.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<long> _peakRss;
    private readonly long _startRss;

    public MemorySampler(int pid)
    {
        _pid = pid;
        _startRss = ProcStatus.Kb(pid, "VmRSS");
        _peakRss = Task.Run(SampleAsync);
    }

    /// <summary>VmRSS when sampling began, the peak sampled VmRSS and the VmHWM, in kB.</summary>
    public async Task<MemoryPeak> StopAsync()
    {
        await _stop.CancelAsync();
        return new MemoryPeak(_startRss, await _peakRss, ProcStatus.Kb(_pid, "VmHWM"));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _peakRss;
        _stop.Dispose();
    }

    private async Task<long> SampleAsync()
    {
        var peak = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            peak = Math.Max(peak, ProcStatus.Kb(_pid, "VmRSS"));
        }
        while (await Wait(timer));

        return peak;
    }

    private async Task<bool> Wait(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>A process's memory fields from /proc/&lt;pid&gt;/status (VmRSS, VmHWM), in kB.</summary>
internal static class ProcStatus
{
    public static long Kb(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string MiB(long kb) => (kb / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
}

/// <summary>Resident memory of a phase, in kB: at its start (the plugin configured, idle) and at its peak.</summary>
internal sealed record MemoryPeak(long StartRssKb, long SampledRssKb, long HighWaterKb)
{
    public override string ToString() =>
        $"VmHWM {ProcStatus.MiB(HighWaterKb)} (peak sampled VmRSS {ProcStatus.MiB(SampledRssKb)}; {ProcStatus.MiB(StartRssKb)} when the phase began, configured and idle)";
}
