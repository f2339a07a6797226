using System.Diagnostics;

namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 1: launch to port printed (what the engine waits for before every preview, up and refresh), and resident
/// memory once configured and idle. Beside each, the reference measured in the same run, launches interleaved: the
/// smallest Native AOT Grpc.AspNetCore server with one service (bench/ReferenceServer) and, with `--before`, an
/// earlier build of the plugin.
/// </summary>
internal static class StartupFigure
{
    private const int Runs = 20;
    private const int MemoryRuns = 3;
    private const double StartupTargetMs = 40;
    private const double StartupTargetRatio = 1.5;
    private const double IdleTargetMiB = 30;

    /// <summary>Long enough for start-up work (the first GCs, the thread pool's first threads) to settle.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var engine = await FakeEngine.StartAsync();
        var starts = bench.Builds.ToDictionary(b => b, _ => new List<TimeSpan>());
        var referenceStarts = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            foreach (var build in bench.Builds)
            {
                await using var plugin = await ServerProcess.StartAsync(build.Binary, [engine.Address]);
                starts[build].Add(plugin.Startup);
            }

            await using var reference = await ServerProcess.StartAsync(BenchContext.ReferenceServer, []);
            referenceStarts.Add(reference.Startup);
        }

        var idle = new Dictionary<PluginBuild, long>();
        foreach (var build in bench.Builds)
        {
            idle[build] = await MedianAsync(() => ConfiguredIdleRssAsync(build));
        }

        var referenceIdle = await MedianAsync(ReferenceIdleRssAsync);
        var version = await VersionRunsAsync(bench.Current.Binary);
        var referenceMedian = Stats.Percentile(referenceStarts, 50);
        var current = Stats.Percentile(starts[bench.Current], 50);
        var ratio = current / referenceMedian;
        var summary = new List<SummaryRow>
        {
            new(
                $"1. start → port printed (median of {Runs})",
                $"{Stats.Ms(current)}, {Stats.Number(ratio)} × the reference server's {Stats.Ms(referenceMedian)}",
                $"≤ {StartupTargetMs} ms and ≤ {StartupTargetRatio} ×",
                current.TotalMilliseconds <= StartupTargetMs && ratio <= StartupTargetRatio),
            new(
                "1. resident memory, configured and idle",
                $"{ProcStatus.MiB(idle[bench.Current])} (reference server idle: {ProcStatus.MiB(referenceIdle)})",
                $"≤ {IdleTargetMiB} MiB",
                idle[bench.Current] <= IdleTargetMiB * 1024),
        };
        if (bench.Before is { } before)
        {
            summary.Add(new($"1. start → port printed, before ({before.Label})", Stats.Ms(Stats.Percentile(starts[before], 50)), "", null));
            summary.Add(new($"1. resident memory, configured and idle, before ({before.Label})", ProcStatus.MiB(idle[before]), "", null));
        }

        return new Section(
            "1. Plugin start to port printed, and idle memory",
            BenchContext.Command("startup"),
            summary,
            [
                .. bench.Builds.Select(b => $"- {b.Label}: {Launches(starts[b])}"),
                $"- reference server (bench/ReferenceServer, Native AOT): {Launches(referenceStarts)}",
                $"- this commit's `pulumi-resource-alicloud-live --version`, launch to exit (the process floor): median {Stats.Ms(Stats.Percentile(version, 50))}",
                "- launches interleaved (each build, then the reference, 20 times); measured from Process.Start to the first stdout line read (the port), as the engine waits for it",
                .. bench.Builds.Select(b => $"- {b.Label}: VmRSS {ProcStatus.MiB(idle[b])} after Handshake and Configure against the emulator, {Settle.TotalSeconds:0} s idle (median of {MemoryRuns} launches)"),
                $"- reference server: VmRSS {ProcStatus.MiB(referenceIdle)} after its port, {Settle.TotalSeconds:0} s idle (median of {MemoryRuns} launches)",
            ]);
    }

    private static string Launches(List<TimeSpan> starts) =>
        $"median {Stats.Ms(Stats.Percentile(starts, 50))}, min {Stats.Ms(starts.Min())}, max {Stats.Ms(starts.Max())} over {starts.Count} launches";

    private static async Task<long> ConfiguredIdleRssAsync(PluginBuild build)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        await using var plugin = await BenchContext.StartPluginAsync(emulator, build: build);
        await Task.Delay(Settle);
        return ProcStatus.Kb(plugin.ProcessId, "VmRSS");
    }

    private static async Task<long> ReferenceIdleRssAsync()
    {
        await using var reference = await ServerProcess.StartAsync(BenchContext.ReferenceServer, []);
        await Task.Delay(Settle);
        return ProcStatus.Kb(reference.ProcessId, "VmRSS");
    }

    private static async Task<long> MedianAsync(Func<Task<long>> measure)
    {
        var values = new List<long>();
        for (var i = 0; i < MemoryRuns; i++)
        {
            values.Add(await measure());
        }

        return values.Order().ElementAt(values.Count / 2);
    }

    private static async Task<List<TimeSpan>> VersionRunsAsync(string binary)
    {
        var runs = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(binary, ["--version"]) { RedirectStandardOutput = true })!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            runs.Add(clock.Elapsed);
        }

        return runs;
    }
}
