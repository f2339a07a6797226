namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 4: `pulumi refresh` of 500 pull-to-push tasks (created first through the plugin, 32 at a time) at the CLI's
/// default parallelism (unbounded: every Read at once), at 32, and one at a time (every Read alone: the per-task
/// Describe path). The plugin's memory is sampled throughout (figure 5).
/// </summary>
internal static class RefreshFigure
{
    private const int Count = 500;

    /// <summary>The CLI's --parallel default is unbounded.</summary>
    private const int Unbounded = int.MaxValue;

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        await using var plugin = await BenchContext.StartPluginAsync(emulator);
        var engine = new EngineDriver(plugin);
        await using var memory = new MemorySampler(plugin.ProcessId);
        var now = DateTimeOffset.UtcNow;
        var created = await Load.RunAsync(Count, CreateFigure.Parallel, i => engine.CreateAsync(Inputs.PullToPushTask, $"task{i}", Inputs.Task(i, now)));
        if (created.Failures.Count > 0)
        {
            throw new InvalidOperationException($"{created.Failures.Count} creates failed: {created.Failures[0].Message}");
        }

        var refreshes = new List<Refresh>();
        foreach (var parallel in new[] { Unbounded, CreateFigure.Parallel, 1 })
        {
            refreshes.Add(await RefreshAsync(engine, emulator, created.Results, parallel));
        }

        bench.Memory.Add(("4. 500 creates, then the refreshes", await memory.StopAsync()));
        var batched = refreshes[0];
        var pages = (Count + 99) / 100;
        return new Section(
            "4. Refresh of 500 pull-to-push tasks",
            BenchContext.Command("refresh"),
            [
                new SummaryRow("4. refresh (CLI default parallelism): cloud calls", $"{batched.Calls.Total} in {Stats.Seconds(batched.Load.Elapsed)}", $"≈ N/100 = {pages}", batched.Calls.Total <= 2 * pages && batched.Unchanged),
                new SummaryRow("4. refresh one at a time (per-task path): cloud calls", $"{refreshes[2].Calls.Total} in {Stats.Seconds(refreshes[2].Load.Elapsed)}", "", null),
            ],
            [
                $"- {Count} tasks created first, {CreateFigure.Parallel} at a time: {Stats.Seconds(created.Elapsed)} ({Stats.Number(created.PerSecond)} creates/s)",
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
