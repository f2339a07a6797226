using System.Diagnostics;

namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 1: launch to port printed (what the engine waits for), ten launches; beside it, the runtime's own floor:
/// ten runs of `--version`, which starts the runtime and exits without a server.
/// </summary>
internal static class StartupFigure
{
    private const int Runs = 10;

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var engine = await FakeEngine.StartAsync();
        var startups = new List<TimeSpan>();
        var versions = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            await using (var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, [engine.Address]))
            {
                startups.Add(plugin.Startup);
            }

            versions.Add(await VersionRunAsync());
        }

        var median = Stats.Percentile(startups, 50);
        return new Section(
            "1. Plugin start to port printed",
            BenchContext.Command("startup"),
            [new SummaryRow("1. start → port printed (median of 10)", Stats.Ms(median), "", null)],
            [
                $"- median {Stats.Ms(median)}, min {Stats.Ms(startups.Min())}, max {Stats.Ms(startups.Max())} over {Runs} launches (in order: {string.Join(", ", startups.Select(Stats.Ms))})",
                $"- the runtime's floor, `pulumi-resource-alicloud-live --version` to exit: median {Stats.Ms(Stats.Percentile(versions, 50))}",
                "- measured from Process.Start to the first stdout line read (the port), as the engine waits for it; the rest over the floor is Kestrel starting and JIT of the provider (framework-dependent apphost, no ReadyToRun)",
            ]);
    }

    private static async Task<TimeSpan> VersionRunAsync()
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(RepoPaths.PluginBinary, ["--version"]) { RedirectStandardOutput = true })!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return clock.Elapsed;
    }
}
