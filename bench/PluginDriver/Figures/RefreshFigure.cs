namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 4: `pulumi refresh` of 500 pull-to-push tasks (created first through the plugin, 32 at a time) at the CLI's
/// default parallelism (unbounded: every Read at once), at 32, and one at a time (every Read alone: the per-task
/// Describe path). As `pulumi refresh` starts a plugin of its own, the refreshes run in a fresh plugin process, whose
/// memory is sampled through the default-parallelism refresh (figure 5); with `--before`, an earlier build's too.
/// </summary>
internal static class RefreshFigure
{
    private const int Count = 500;

    /// <summary>The CLI's --parallel default is unbounded.</summary>
    private const int Unbounded = int.MaxValue;

    private const double PeakTargetMiB = 80;

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        var created = await CreateAsync(emulator);
        var peaks = new Dictionary<PluginBuild, MemoryPeak>();
        var refreshes = new List<Refresh>();
        // This commit's build first: the quota windows the other build's calls use up must not throttle the figure.
        foreach (var build in bench.Builds.Reverse())
        {
            await using var plugin = await BenchContext.StartPluginAsync(emulator, build: build);
            var engine = new EngineDriver(plugin);
            await using var memory = new MemorySampler(plugin.ProcessId);
            var refresh = await RefreshAsync(engine, emulator, created.Results, Unbounded);
            peaks[build] = await memory.StopAsync();
            if (build == bench.Current)
            {
                refreshes.Add(refresh);
                foreach (var parallel in new[] { CreateFigure.Parallel, 1 })
                {
                    refreshes.Add(await RefreshAsync(engine, emulator, created.Results, parallel));
                }
            }
        }

        var peak = peaks[bench.Current].HighWaterKb;
        var batched = refreshes[0];
        var pages = (Count + 99) / 100;
        return new Section(
            "4. Refresh of 500 pull-to-push tasks",
            BenchContext.Command("refresh"),
            [
                new SummaryRow("4. refresh (CLI default parallelism): cloud calls", $"{batched.Calls.Total} in {Stats.Seconds(batched.Load.Elapsed)}", $"≈ N/100 = {pages}", batched.Calls.Total <= 2 * pages && batched.Unchanged),
                new SummaryRow("4. refresh one at a time (per-task path): cloud calls", $"{refreshes[2].Calls.Total} in {Stats.Seconds(refreshes[2].Load.Elapsed)}", "", null),
                new SummaryRow("4. peak resident memory of the refreshing plugin (CLI default parallelism)", ProcStatus.MiB(peak), $"≤ {PeakTargetMiB} MiB", peak <= PeakTargetMiB * 1024),
                .. bench.Before is { } before
                    ? [new SummaryRow($"4. peak resident memory of the refreshing plugin, before ({before.Label})", ProcStatus.MiB(peaks[before].HighWaterKb), "", null)]
                    : Array.Empty<SummaryRow>(),
            ],
            [
                $"- {Count} tasks created first by one plugin, {CreateFigure.Parallel} at a time: {Stats.Seconds(created.Elapsed)} ({Stats.Number(created.PerSecond)} creates/s); the refreshes then run in a fresh plugin process, as `pulumi refresh` starts its own",
                .. bench.Builds.Select(b => $"- {b.Label}, memory of the refreshing plugin through the default-parallelism refresh: {peaks[b]}"),
                .. refreshes.Select(r =>
                    $"- --parallel {(r.Parallel == Unbounded ? "unbounded (the CLI default)" : r.Parallel.ToString(System.Globalization.CultureInfo.InvariantCulture))}: "
                    + $"{r.Calls.Total} cloud calls ({r.Calls.Describe()}) in {Stats.Seconds(r.Load.Elapsed)}; "
                    + $"{r.Load.Results.Count} of {Count} read back{(r.Unchanged ? " with the ids and outputs they were created with" : " (some differ from their create)")}; {r.Load.Failures.Count} failed"),
                $"- every Read at once gathers into one round: {pages} list pages of 100, no Describe",
                "- at --parallel P only P reads wait at a time, and a read never uses a listing that began before it (no stale data), so a refresh takes at least N/P rounds; "
                    + "a round reads first the pages where its tasks were last seen (1–2 pages), and a task alone on its page is described",
                "- one at a time every read is alone, and a lone read uses Describe (one call either way, and certain): the per-task path, N calls at the 10/s quota",
            ]);
    }

    private static async Task<LoadResult<ResourceState>> CreateAsync(EmulatorProcess emulator)
    {
        await using var plugin = await BenchContext.StartPluginAsync(emulator);
        var engine = new EngineDriver(plugin);
        var now = DateTimeOffset.UtcNow;
        var created = await Load.RunAsync(Count, CreateFigure.Parallel, i => engine.CreateAsync(Inputs.PullToPushTask, $"task{i}", Inputs.Task(i, now)));
        return created.Failures.Count == 0
            ? created
            : throw new InvalidOperationException($"{created.Failures.Count} creates failed: {created.Failures[0].Message}");
    }

    private static async Task<Refresh> RefreshAsync(EngineDriver engine, EmulatorProcess emulator, IReadOnlyList<ResourceState> resources, int parallel)
    {
        var before = await emulator.CallCountsAsync();
        var load = await Load.RunAsync(resources.Count, Math.Min(parallel, resources.Count), async i =>
            await engine.RefreshAsync(resources[i]) ?? throw new InvalidOperationException($"{resources[i].Name} read back as gone"));
        var calls = (await emulator.CallCountsAsync()).Since(before);
        var unchanged = load.Failures.Count == 0 && load.Results.Count == resources.Count
            && load.Results.Zip(resources).All(p => p.First.Id == p.Second.Id && p.First.Outputs.Equals(p.Second.Outputs));
        return new Refresh(parallel, load, calls, unchanged);
    }

    private sealed record Refresh(int Parallel, LoadResult<ResourceState> Load, CallCounts Calls, bool Unchanged);
}
