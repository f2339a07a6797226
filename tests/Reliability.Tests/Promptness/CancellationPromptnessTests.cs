using System.Diagnostics;
using System.Globalization;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Reliability.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Promptness;

/// <summary>
/// The engine's Cancel, a request's own timeout and the gRPC deadline stop a cloud call that is in flight or being
/// retried, and nothing carries on behind the answer: an aborted attempt is never applied, and no retry reaches the
/// emulator afterwards. The times are measured and reported; the tests assert only a generous hang guard.
/// </summary>
[Category("Promptness")]
public sealed class CancellationPromptnessTests : LifecycleFixture
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    /// <summary>Longer than any backoff the client can be in right after its first throttled call (≤ 0.5 s, then 1 s, 2 s).</summary>
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(3);

    /// <summary>How long an attempt waits at the emulator before it would be applied.</summary>
    private static readonly TimeSpan AttemptDelay = TimeSpan.FromSeconds(4);

    private static readonly PullToPushTaskScenario PullToPush = new();

    // The retry budget outlasts every measurement, so only cancellation can end the calls.
    protected override IDictionary<string, PropertyValue>? ProviderConfig => new Dictionary<string, PropertyValue> { ["maxRetries"] = PropertyValue.From(20) };

    [Test]
    public async Task Engine_cancel_aborts_an_attempt_in_flight_and_nothing_is_created()
    {
        await using var plugin = await SeparatePluginAsync();
        var engine = new EngineDriver(plugin);
        var inputs = await engine.CheckAsync(PullToPush.Type, "cancelled", PullToPush.Inputs());
        await Emulator.InjectFaultAsync("CreateLivePullToPush", "delay", delayMs: (int)AttemptDelay.TotalMilliseconds);

        var started = Stopwatch.StartNew();
        var create = engine.CreateCheckedAsync(PullToPush.Type, "cancelled", inputs);
        await Task.Delay(500);
        var (error, took) = await CancelledAsync(plugin, create);

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Cancelled), error.Message);
        Assert.That(took, Is.LessThan(HangGuard));
        await Task.Delay(AttemptDelay - started.Elapsed + TimeSpan.FromMilliseconds(500));
        Assert.That(await CloudObjectsAsync(PullToPush.CloudKind), Is.Empty, "the aborted attempt was never applied, and it was not retried");
        Report("engine Cancel while CreateLivePullToPush is in flight (held 4 s at the emulator)", error, took, "after Cancel; the attempt was aborted, nothing was created");
    }

    [Test]
    public async Task Engine_cancel_stops_retrying_a_throttled_update()
    {
        await using var plugin = await SeparatePluginAsync();
        var engine = new EngineDriver(plugin);
        var task = await engine.CreateAsync(PullToPush.Type, "throttled", PullToPush.Inputs());
        await Emulator.InjectFaultAsync("UpdateLivePullToPush", "throttle", count: 1000);

        var update = engine.UpdateAsync(task, PullToPush.Changed(task.Inputs));
        await UntilThrottledAsync("UpdateLivePullToPush");
        var (error, took) = await CancelledAsync(plugin, update);

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Cancelled), error.Message);
        Assert.That(took, Is.LessThan(HangGuard));
        var later = await CallsDuringAsync("UpdateLivePullToPush", Watch);
        Assert.That(later, Is.Zero, "no retry after the answer");
        Report("engine Cancel while UpdateLivePullToPush is being retried (throttled)", error, took, $"after Cancel; {later} calls in the next {Watch.TotalSeconds:0} s");
    }

    [Test]
    public async Task A_request_timeout_stops_retrying_a_throttled_delete()
    {
        var task = await Engine.CreateAsync(PullToPush.Type, "slow-delete", PullToPush.Inputs());
        await Emulator.InjectFaultAsync("DeleteLivePullToPush", "throttle", count: 1000);

        var (error, took) = await OvershootAsync(() => Engine.DeleteAsync(task, timeoutSeconds: 2), TimeSpan.FromSeconds(2));

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded), error.Message);
        Assert.That(took, Is.LessThan(HangGuard));
        var later = await CallsDuringAsync("DeleteLivePullToPush", Watch);
        Assert.That(later, Is.Zero, "no retry after the answer");
        Report("DeleteRequest.timeout = 2 s while DeleteLivePullToPush is being retried (throttled)", error, took, $"past the 2 s timeout; {later} calls in the next {Watch.TotalSeconds:0} s");
    }

    [Test]
    public async Task A_request_timeout_aborts_an_attempt_in_flight_and_nothing_is_created()
    {
        var inputs = await Engine.CheckAsync(PullToPush.Type, "slow-create", PullToPush.Inputs());
        await Emulator.InjectFaultAsync("CreateLivePullToPush", "delay", delayMs: (int)AttemptDelay.TotalMilliseconds);

        var started = Stopwatch.StartNew();
        var (error, took) = await OvershootAsync(() => Engine.CreateCheckedAsync(PullToPush.Type, "slow-create", inputs, timeoutSeconds: 2), TimeSpan.FromSeconds(2));

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded), error.Message);
        Assert.That(took, Is.LessThan(HangGuard));
        await Task.Delay(AttemptDelay - started.Elapsed + TimeSpan.FromMilliseconds(500));
        Assert.That(await CloudObjectsAsync(PullToPush.CloudKind), Is.Empty, "the aborted attempt was never applied, and it was not retried");
        Report("CreateRequest.timeout = 2 s while CreateLivePullToPush is in flight (held 4 s at the emulator)", error, took, "past the 2 s timeout; the attempt was aborted, nothing was created");
    }

    [Test]
    public async Task A_grpc_deadline_stops_retrying_a_throttled_delete()
    {
        var task = await Engine.CreateAsync(PullToPush.Type, "deadline", PullToPush.Inputs());
        await Emulator.InjectFaultAsync("DeleteLivePullToPush", "throttle", count: 1000);
        var request = EngineDriver.DeleteRequest(task);

        // No client-side deadline: the answer is the plugin's own reaction to grpc-timeout.
        var watch = Stopwatch.StartNew();
        var answer = await RawGrpc.PostAsync(Plugin.Port, "Delete", RawGrpc.Frame(request.ToByteArray()), new Dictionary<string, string> { ["grpc-timeout"] = "2S" });
        var took = watch.Elapsed - TimeSpan.FromSeconds(2);

        Assert.That(answer.GrpcStatus, Is.EqualTo((int)StatusCode.DeadlineExceeded), answer.GrpcMessage);
        Assert.That(took, Is.LessThan(HangGuard));
        var later = await CallsDuringAsync("DeleteLivePullToPush", Watch);
        Assert.That(later, Is.Zero, "no retry after the answer");
        Report("grpc-timeout 2 s on Delete while DeleteLivePullToPush is being retried (throttled)", new RpcException(new Status(StatusCode.DeadlineExceeded, answer.GrpcMessage)), took, $"past the 2 s deadline; {later} calls in the next {Watch.TotalSeconds:0} s");
    }

    /// <summary>Cancel is final for a plugin (the engine is shutting it down), so each Cancel test gets its own.</summary>
    private async Task<PluginSession> SeparatePluginAsync()
    {
        var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(Emulator.BaseUrl, extra: ProviderConfig);
        return plugin;
    }

    /// <summary>Sends the engine's Cancel while <paramref name="pending"/> runs: its error, and how long after the Cancel was sent it came.</summary>
    private static async Task<(RpcException Error, TimeSpan After)> CancelledAsync(PluginSession plugin, Task pending)
    {
        var watch = Stopwatch.StartNew();
        await plugin.CancelAsync();
        return (await FailureOf(pending), watch.Elapsed);
    }

    /// <summary>Runs an operation that has a time limit: its error, and how long past the limit it came.</summary>
    private static async Task<(RpcException Error, TimeSpan Past)> OvershootAsync(Func<Task> operation, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        return (await FailureOf(operation()), watch.Elapsed - limit);
    }

    private static async Task<RpcException> FailureOf(Task pending)
    {
        try
        {
            await pending;
        }
        catch (RpcException e)
        {
            return e;
        }

        throw new AssertionException("the operation must not succeed");
    }

    private async Task UntilThrottledAsync(string action)
    {
        var deadline = Stopwatch.StartNew();
        while ((await Emulator.CallCountsAsync()).Of(action).Throttled == 0)
        {
            Assert.That(deadline.Elapsed, Is.LessThan(HangGuard), $"{action} was never called");
            await Task.Delay(20);
        }
    }

    private async Task<int> CallsDuringAsync(string action, TimeSpan window)
    {
        var before = (await Emulator.CallCountsAsync()).Of(action).Calls;
        await Task.Delay(window);
        return (await Emulator.CallCountsAsync()).Of(action).Calls - before;
    }

    private static void Report(string scenario, RpcException error, TimeSpan took, string what) =>
        ReliabilityReport.RecordFigure(ReportSections.Cancellation, scenario, $"{CellOutcome.CodeName(error.StatusCode)} {Milliseconds(took)} {what}");

    /// <summary>Below a millisecond the two clocks disagree (an overshoot can read "-0 ms"): report it as under 1 ms.</summary>
    private static string Milliseconds(TimeSpan t) => t.TotalMilliseconds < 1 ? "under 1 ms" : t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
