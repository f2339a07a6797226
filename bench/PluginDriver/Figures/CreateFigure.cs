namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 3: `pulumi up` of 200 pull-to-push tasks, then 200 edge jobs, 32 engine calls at a time (Check + Create
/// each), against the emulator enforcing the documented QPS; then the same load with the client's rate limiter off
/// (ALICLOUD_LIVE_CLIENT_RATE_LIMIT=off) as the baseline. The plugin's memory is sampled throughout (figure 5).
/// </summary>
internal static class CreateFigure
{
    public const int Count = 200;
    public const int Parallel = 32;

    /// <summary>Every pull-to-push operation: 10 per second per account.</summary>
    private const double TaskLimit = 10;

    /// <summary>Every edge operation: 6,000 per minute per account, 100 per second on average.</summary>
    private const double EdgeLimit = 100;

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        var limited = await RunModeAsync(bench, emulator, "rate limiter on", null);
        var baseline = await RunModeAsync(bench, emulator, "rate limiter off", new Dictionary<string, string> { ["ALICLOUD_LIVE_CLIENT_RATE_LIMIT"] = "off" });

        var taskFraction = Sustained(limited.Tasks) / TaskLimit;
        var throttlingReachedEngine = limited.Tasks.ThrottlingFailures + limited.Edge.ThrottlingFailures;
        return new Section(
            "3. Create throughput against the documented QPS",
            BenchContext.Command("create"),
            [
                new SummaryRow("3. pull-to-push creates: sustained rate ÷ the 10/s limit", Stats.Number(taskFraction), "≥ 0.9", taskFraction >= 0.9),
                new SummaryRow("3. limiter on: throttled answers / throttling errors reaching the engine", $"{limited.TaskCalls.Throttled + limited.EdgeCalls.Throttled} / {throttlingReachedEngine}", "0 errors", throttlingReachedEngine == 0),
                new SummaryRow("3. edge creates (6,000/min quota, not reached by 200)", $"{Stats.Number(limited.Edge.PerSecond, "0")} creates/s", "", null),
                new SummaryRow("3. baseline, limiter off: throttled answers / throttling errors reaching the engine", $"{baseline.TaskCalls.Throttled + baseline.EdgeCalls.Throttled} / {baseline.Tasks.ThrottlingFailures + baseline.Edge.ThrottlingFailures}", "", null),
            ],
            [
                .. Describe(limited),
                .. Describe(baseline),
                "- with the limiter on, CreateLivePullToPush's 10/s is the bound (each create also reads the task back with DescribeLivePullToPush, limited on its own); "
                    + "a permit counts from the call's answer, so the sustained rate sits just under 10/s by the answer latency",
                "- an edge create is ListEdgeTranscodeJob (the same-named jobs before it, for the lost-create lookup), Create, Start and Get: 200 jobs use 200 of each operation's "
                    + "6,000 per minute, so the plugin's own speed bounds them, not the quota",
                "- without the limiter, 32 engine calls at once overrun 10/s: the emulator answers Throttling.User and the client retries with backoff (maxRetries 5 by default); "
                    + "creates that use up their retries fail in the engine with the throttling error",
            ]);
    }

    private static async Task<ModeResult> RunModeAsync(BenchContext bench, EmulatorProcess emulator, string mode, IReadOnlyDictionary<string, string>? env)
    {
        await emulator.ResetAsync();
        await using var plugin = await BenchContext.StartPluginAsync(emulator, env);
        var engine = new EngineDriver(plugin);
        await using var memory = new MemorySampler(plugin.ProcessId);
        var now = DateTimeOffset.UtcNow;

        var before = await emulator.CallCountsAsync();
        var tasks = await Load.RunAsync(Count, Parallel, i => engine.CreateAsync(Inputs.PullToPushTask, $"task{i}", Inputs.Task(i, now)));
        var afterTasks = await emulator.CallCountsAsync();
        var edge = await Load.RunAsync(Count, Parallel, i => engine.CreateAsync(Inputs.EdgeTranscodeJob, $"edge{i}", Inputs.EdgeJob(i)));
        var afterEdge = await emulator.CallCountsAsync();

        var peak = await memory.StopAsync();
        bench.Memory.Add(($"3. creates, {mode}", peak));
        return new ModeResult(mode, tasks, afterTasks.Since(before), edge, afterEdge.Since(afterTasks));
    }

    private static IEnumerable<string> Describe(ModeResult r) =>
    [
        $"- **{r.Mode}**",
        $"  - {Count} pull-to-push tasks: {r.Tasks.Results.Count} created in {Stats.Seconds(r.Tasks.Elapsed)} ({Stats.Number(r.Tasks.PerSecond)} creates/s); "
            + $"sustained {Stats.Number(Sustained(r.Tasks))} creates/s = {Stats.Number(Sustained(r.Tasks) / TaskLimit)} of CreateLivePullToPush's 10/s; {Failures(r.Tasks)}",
        $"  - cloud calls: {r.TaskCalls.Describe()}",
        $"  - {Count} edge jobs: {r.Edge.Results.Count} created in {Stats.Seconds(r.Edge.Elapsed)}, {Stats.Number(r.Edge.PerSecond)} creates/s, "
            + $"{Stats.Number(r.Edge.PerSecond / EdgeLimit)} × the quota's average of 100/s, which its 6,000-per-minute window allows in a burst; {Failures(r.Edge)}",
        $"  - cloud calls: {r.EdgeCalls.Describe()}",
    ];

    /// <summary>
    /// Creates per second after the first second's burst: the sliding window lets the first 10 calls out at once, so
    /// the whole run's average overstates what the limit sustains.
    /// </summary>
    private static double Sustained(LoadResult<ResourceState> load) => (load.Results.Count - TaskLimit) / load.Elapsed.TotalSeconds;

    private static string Failures<T>(LoadResult<T> load) => load.Failures.Count == 0
        ? "no error reached the engine"
        : $"{load.Failures.Count} engine calls failed ({load.ThrottlingFailures} with a throttling error), e.g. \"{load.Failures[0].Message}\"";

    private sealed record ModeResult(string Mode, LoadResult<ResourceState> Tasks, CallCounts TaskCalls, LoadResult<ResourceState> Edge, CallCounts EdgeCalls);
}
