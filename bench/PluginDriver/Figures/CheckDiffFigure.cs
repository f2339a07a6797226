using System.Diagnostics;
using AlicloudLive.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.PluginDriver.Figures;

/// <summary>
/// Figure 2: a preview's Check + Diff per resource over gRPC, one resource after another, for 1,000 recorded tasks:
/// a quarter unchanged, half updated in place, a quarter replaced because they run (each replacement logs a warning
/// to the engine). The emulator's call counters prove Diff made no cloud call. The reference, against the same plugin:
/// two bare unary calls (GetPluginInfo), timed between every two resources; with `--before`, an earlier build as well.
/// </summary>
internal static class CheckDiffFigure
{
    private const int Resources = 1000;
    private const double TargetRatio = 1.3;

    // One method object each for the whole run: the client caches per-method state keyed by the object.
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);
    private static readonly Method<byte[], byte[]> Check = RawMethod("Check");
    private static readonly Method<byte[], byte[]> Diff = RawMethod("Diff");
    private static readonly Method<byte[], byte[]> GetPluginInfo = RawMethod("GetPluginInfo");

    public static async Task<Section> RunAsync(BenchContext bench)
    {
        var runs = new Dictionary<PluginBuild, Run>();
        foreach (var build in bench.Builds)
        {
            runs[build] = await MeasureAsync(build);
        }

        var run = runs[bench.Current];
        var p50 = Stats.Percentile(run.Pairs, 50);
        var p99 = Stats.Percentile(run.Pairs, 99);
        var bareP50 = Stats.Percentile(run.BarePairs, 50);
        var ratio = p50 / bareP50;
        var summary = new List<SummaryRow>
        {
            new($"2. Check + Diff p50 / p99 ({Resources:N0} resources)", $"{Stats.Ms(p50)} / {Stats.Ms(p99)}; p50 {Stats.Number(ratio)} × two bare unary calls ({Stats.Ms(bareP50)})", $"p50 ≤ {TargetRatio} × two bare calls", ratio <= TargetRatio),
            new("2. cloud calls made by Diff", run.CloudCalls.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", run.CloudCalls == 0),
        };
        if (bench.Before is { } before)
        {
            var old = runs[before];
            summary.Add(new(
                $"2. Check + Diff p50 / p99, before ({before.Label})",
                $"{Stats.Ms(Stats.Percentile(old.Pairs, 50))} / {Stats.Ms(Stats.Percentile(old.Pairs, 99))}; two bare unary calls {Stats.Ms(Stats.Percentile(old.BarePairs, 50))}",
                "",
                null));
        }

        return new Section(
            "2. Check + Diff round trip over gRPC",
            BenchContext.Command("checkdiff"),
            summary,
            [
                .. bench.Builds.Select(b => $"- {b.Label}: {runs[b]}"),
                $"- {Resources} PullToPushTasks, one after another (latency, not throughput), each resource's Check made once before (to build its Diff request); outcomes: {string.Join(", ", run.PairsByOutcome.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value.Count} {o.Key}"))}",
                "- the reference, measured between every two resources against the same plugin: two GetPluginInfo calls one after the other (the engine's two round trips with no provider work: an empty request, a version string back); requests serialized before and answers parsed after the clock, for both",
                $"- cloud calls while they ran: {run.CloudCalls} (Diff decides from the recorded outputs and the clock alone)",
                "- what a pair costs over the two bare calls is the provider's work: five Structs decoded, Check, Diff and the answers encoded (in process, tens of µs: the BenchmarkDotNet tables below), and for a replacement the explanation's Log call to the engine, which Diff waits for so that the warning comes before the plan; p99 follows the load of the shared machine",
            ]);
    }

    private static async Task<Run> MeasureAsync(PluginBuild build)
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        await using var plugin = await BenchContext.StartPluginAsync(emulator, build: build);
        var engine = new EngineDriver(plugin);
        var now = DateTimeOffset.UtcNow;
        var recorded = await Task.WhenAll(Enumerable.Range(0, Resources).Select(i => RecordedAsync(engine, i, now)));

        // Every request is serialized before the clock starts and no answer is parsed until it stops: what is timed is the
        // two round trips and the plugin's work, as for the reference calls (the engine's own encoding is not ours to time).
        var requests = new List<(byte[] Check, byte[] Diff)>();
        foreach (var (resource, news) in recorded)
        {
            var checkRequest = EngineDriver.CheckRequest(resource.Type, resource.Name, news, resource.Inputs);
            var checkedNews = StructCodec.Decode((await plugin.CallAsync("Check", checkRequest, CheckResponse.Parser)).Inputs);
            requests.Add((checkRequest.ToByteArray(), EngineDriver.DiffRequest(resource, checkedNews).ToByteArray()));
        }

        var callsBefore = await emulator.CallCountsAsync();
        var run = new Run();
        var pluginInfo = new Empty().ToByteArray();
        foreach (var (checkRequest, diffRequest) in requests)
        {
            var clock = Stopwatch.StartNew();
            await RawCallAsync(plugin, Check, checkRequest);
            var checkDone = clock.Elapsed;
            var diff = await RawCallAsync(plugin, Diff, diffRequest);
            var done = clock.Elapsed;
            run.Checks.Add(checkDone);
            run.Diffs.Add(done - checkDone);
            run.Pairs.Add(done);
            var outcome = Outcome(DiffResponse.Parser.ParseFrom(diff));
            run.PairsByOutcome.TryAdd(outcome, []);
            run.PairsByOutcome[outcome].Add(done);

            clock.Restart();
            await RawCallAsync(plugin, GetPluginInfo, pluginInfo);
            await RawCallAsync(plugin, GetPluginInfo, pluginInfo);
            run.BarePairs.Add(clock.Elapsed);
        }

        run.CloudCalls = (await emulator.CallCountsAsync()).Since(callsBefore).Total;
        return run;
    }

    /// <summary>Resource <paramref name="i"/> as the engine recorded it (checked inputs, outputs) and the program's new inputs.</summary>
    private static async Task<(ResourceState Resource, PropertyMap News)> RecordedAsync(EngineDriver engine, int i, DateTimeOffset now)
    {
        var name = $"task{i}";
        var inputs = Inputs.Task(i, now);
        var checkedInputs = await engine.CheckAsync(Inputs.PullToPushTask, name, inputs);
        var running = i % 4 == 2;
        var id = $"00000000-0000-4000-8000-{i:D12}";
        var outputs = checkedInputs
            .Set("taskId", PropertyValue.From(id))
            .Set("status", PropertyValue.From(running ? "Running" : "NotStarted"));
        var news = (i % 4) switch
        {
            0 => inputs,
            1 => inputs.Set("callbackUrl", PropertyValue.From("https://hooks.example.com/task")),
            2 => inputs.Set("sourceUrls", new ArrayValue([PropertyValue.From("rtmp://source.example.com/app/other")])),
            _ => inputs.Set("endTime", PropertyValue.From(Inputs.Utc(now.AddHours(4)))),
        };
        return (new ResourceState(Inputs.PullToPushTask, name, EngineDriver.Urn(Inputs.PullToPushTask, name), id, checkedInputs, outputs), news);
    }

    private static async Task<byte[]> RawCallAsync(PluginSession plugin, Method<byte[], byte[]> method, byte[] request) =>
        await plugin.Client.Invoker.AsyncUnaryCall(method, null, new CallOptions(), request);

    /// <summary>A ResourceProvider method that sends and receives serialized messages as they are.</summary>
    private static Method<byte[], byte[]> RawMethod(string rpc) =>
        new(MethodType.Unary, "pulumirpc.ResourceProvider", rpc, Bytes, Bytes);

    private static string Outcome(DiffResponse diff) =>
        diff.Changes != DiffResponse.Types.DiffChanges.DiffSome ? "unchanged"
        : EngineDriver.IsReplace(diff) ? "replaced"
        : "updated in place";

    private sealed class Run
    {
        public List<TimeSpan> Pairs { get; } = [];

        public List<TimeSpan> Checks { get; } = [];

        public List<TimeSpan> Diffs { get; } = [];

        public List<TimeSpan> BarePairs { get; } = [];

        public Dictionary<string, List<TimeSpan>> PairsByOutcome { get; } = new(StringComparer.Ordinal);

        public int CloudCalls { get; set; }

        public override string ToString() =>
            $"Check + Diff p50 {Stats.Ms(Stats.Percentile(Pairs, 50))}, p99 {Stats.Ms(Stats.Percentile(Pairs, 99))}, max {Stats.Ms(Pairs.Max())}; "
            + $"Check alone p50 {Stats.Ms(Stats.Percentile(Checks, 50))}, Diff alone p50 {Stats.Ms(Stats.Percentile(Diffs, 50))}; "
            + $"two bare unary calls p50 {Stats.Ms(Stats.Percentile(BarePairs, 50))}, p99 {Stats.Ms(Stats.Percentile(BarePairs, 99))}; "
            + $"Check + Diff p50 by outcome: {string.Join(", ", PairsByOutcome.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {Stats.Ms(Stats.Percentile(o.Value, 50))}"))}";
    }
}
