using System.Globalization;
using Pulumirpc;

namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 6: `pulumi preview` of 500 ICE jobs and 500 edge jobs (created first through the plugin, 32 at a time), with
/// no change. Both answer refresh_before_update, so the engine Reads each job before its Check and Diff; at the CLI's
/// default parallelism every Read arrives at once and shares list pages (100 jobs a call), one at a time each Read is
/// alone and uses Get. As `pulumi preview` starts a plugin of its own, the previews run in a fresh plugin process.
/// </summary>
internal static class PreviewFigure
{
    private const int Count = 500;
    private const int Unbounded = int.MaxValue;

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        var kinds = new[]
        {
            new JobKind("ICE LiveTranscodeJob", Inputs.LiveTranscodeJob, Inputs.IceJob, "ListLiveTranscodeJobs", "GetLiveTranscodeJob"),
            new JobKind("EdgeTranscodeJob", Inputs.EdgeTranscodeJob, Inputs.EdgeJob, "ListEdgeTranscodeJob", "GetEdgeTranscodeJob"),
        };
        var previews = new List<Preview>();
        foreach (var kind in kinds)
        {
            var created = await CreateAsync(emulator, kind);
            await using var plugin = await BenchContext.StartPluginAsync(emulator);
            var engine = new EngineDriver(plugin);
            foreach (var parallel in new[] { Unbounded, 1 })
            {
                previews.Add(await PreviewAsync(engine, emulator, kind, created, parallel));
            }
        }

        var pages = (Count + 99) / 100;
        return new Section(
            "6. Preview of 500 ICE jobs and 500 edge jobs",
            BenchContext.Command("preview"),
            [
                .. previews.Where(p => p.Parallel == Unbounded).Select(p => new SummaryRow(
                    $"6. preview of {Count} {p.Kind.Name}s (CLI default parallelism): cloud calls",
                    $"{p.Calls.Total} in {Stats.Seconds(p.Load.Elapsed)}",
                    $"≈ N/100 = {pages}",
                    p.Calls.Total <= 2 * pages && p.Unchanged)),
                .. previews.Where(p => p.Parallel == 1).Select(p => new SummaryRow(
                    $"6. preview of {Count} {p.Kind.Name}s one at a time (per-job path): cloud calls",
                    $"{p.Calls.Total} in {Stats.Seconds(p.Load.Elapsed)}", "", null)),
            ],
            [
                $"- {Count} jobs of each kind created first by one plugin, {CreateFigure.Parallel} at a time; each kind's previews then run in a fresh plugin process, as `pulumi preview` starts its own",
                "- a preview of a resource stored with refresh_before_update is the engine's Read, then Check and Diff against what it read; no input changed, so every Diff must answer no change",
                .. previews.Select(p =>
                    $"- {p.Kind.Name}, --parallel {(p.Parallel == Unbounded ? "unbounded (the CLI default)" : p.Parallel.ToString(CultureInfo.InvariantCulture))}: "
                    + $"{p.Calls.Total} cloud calls ({p.Calls.Describe()}) in {Stats.Seconds(p.Load.Elapsed)}; "
                    + $"{p.Load.Results.Count} of {Count} planned{(p.Unchanged ? " as no change" : " (some with a change: a defect)")}; {p.Load.Failures.Count} failed"),
                $"- Reads that arrive within one gathering window (500 ms at most) form one round per ICE endpoint or edge cluster: {pages} pages of 100 from {kinds[0].List} or {kinds[1].List}, no Get; "
                    + "reads that arrive later (a busy engine or machine) form further rounds, which read first the pages where their jobs were last seen, and a job alone on its page is read with Get",
                "- one at a time every read is alone, and a lone read uses Get (one call either way, and certain): N calls",
            ]);
    }

    private static async Task<IReadOnlyList<ResourceState>> CreateAsync(EmulatorProcess emulator, JobKind kind)
    {
        await using var plugin = await BenchContext.StartPluginAsync(emulator);
        var engine = new EngineDriver(plugin);
        var created = await Load.RunAsync(Count, CreateFigure.Parallel, i => engine.CreateAsync(kind.Type, $"job{i}", kind.Inputs(i)));
        return created.Failures.Count == 0
            ? created.Results
            : throw new InvalidOperationException($"{created.Failures.Count} {kind.Name} creates failed: {created.Failures[0].Message}");
    }

    private static async Task<Preview> PreviewAsync(EngineDriver engine, EmulatorProcess emulator, JobKind kind, IReadOnlyList<ResourceState> jobs, int parallel)
    {
        var before = await emulator.CallCountsAsync();
        var load = await Load.RunAsync(jobs.Count, Math.Min(parallel, jobs.Count), async i =>
        {
            var read = await engine.RefreshBeforeUpdateAsync(jobs[i]) ?? throw new InvalidOperationException($"{jobs[i].Name} read back as gone");
            return (await engine.PreviewUpdateAsync(read, read.Inputs)).Diff;
        });
        var calls = (await emulator.CallCountsAsync()).Since(before);
        var unchanged = load.Failures.Count == 0 && load.Results.Count == jobs.Count
            && load.Results.All(d => d.Changes == DiffResponse.Types.DiffChanges.DiffNone);
        return new Preview(kind, parallel, load, calls, unchanged);
    }

    private sealed record JobKind(string Name, string Type, Func<int, Values.PropertyMap> Inputs, string List, string Get);

    private sealed record Preview(JobKind Kind, int Parallel, LoadResult<DiffResponse> Load, CallCounts Calls, bool Unchanged);
}
