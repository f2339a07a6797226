using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Secrets;

/// <summary>
/// docs/design.md, "How every resource behaves": secrets never appear in logs, errors or diagnostics, and secret inputs stay secret in outputs. The
/// provider runs with secret credentials (a distinctive key pair the emulator is started with) and resources take
/// secret inputs; full lifecycles with faults that make the plugin log, retry, look up and fail are scanned: the
/// plugin's stderr, every engine diagnostic, every error and its details, and every property map it returns.
/// </summary>
[Category("Secrets")]
public sealed class SecretLifecycleTests
{
    private const string KeyId = "LTAIreliabilityKeyId7Q";
    private const string KeySecret = "sk-Reliability-9f8e7d6c5b4a3f2e1d";
    private const string WrongSecret = "sk-Wrong-0a1b2c3d4e5f60718293";
    private const string CallbackToken = "cbtok-5e3f1a2b9c8d";
    private const string NewCallbackToken = "cbtok-77aa88bb99cc";
    private const string EdgeKey = "edgekey-4d5e6f7a8b9c";
    private const string NewEdgeKey = "edgekey-1a2b3c4d5e6f";
    private const string IceKey = "icekey-0f1e2d3c4b5a";

    private static readonly PullToPushTaskScenario Task = new();
    private static readonly EdgeTranscodeJobScenario Edge = new();
    private static readonly LiveTranscodeJobScenario Ice = new();

    private readonly SecretScan _scan = new([KeyId, KeySecret, WrongSecret, CallbackToken, NewCallbackToken, EdgeKey, NewEdgeKey, IceKey]);
    private EmulatorProcess _emulator = null!;
    private PluginSession _plugin = null!;
    private EngineDriver _engine = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorProcess.StartAsync("--access-key-id", KeyId, "--access-key-secret", KeySecret);
        _plugin = await PluginSession.StartAsync();
        await _plugin.ConfigureForEmulatorAsync(_emulator.BaseUrl, KeyId, KeySecret, new Dictionary<string, PropertyValue> { ["maxRetries"] = PropertyValue.From(2) });
        _engine = new EngineDriver(_plugin);
    }

    [SetUp]
    public async Task ResetAsync()
    {
        await _emulator.ResetAsync();
        await _emulator.ClearFaultsAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _scan.Diagnostics(_plugin);
        ReliabilityReport.RecordFigure(ReportSections.Secrets, "secret credentials and secret inputs through create, preview, update, refresh, import and delete, with faults",
            $"no secret in {_scan.Texts} texts (stderr lines, engine diagnostics, error messages and reasons) or outside a secret wrapper in {_scan.Maps} property maps");
        await _plugin.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task A_pull_to_push_task_with_a_secret_callback_url()
    {
        var inputs = Task.Inputs().Set("callbackUrl", Secret($"https://hooks.example.com/cb?token={CallbackToken}"));
        _scan.Map("check", await _engine.CheckAsync(Task.Type, "secret", inputs));
        _scan.Map("preview", await _engine.PreviewCreateAsync(Task.Type, "secret", inputs));

        await _emulator.InjectFaultAsync("CreateLivePullToPush", "commitThenDrop");
        var task = await _engine.CreateAsync(Task.Type, "secret", inputs);
        AssertWrapped(task, "callbackUrl");

        await _emulator.InjectFaultAsync("UpdateLivePullToPush", "throttle", count: 2);
        var (_, predicted) = await _engine.PreviewUpdateAsync(task, task.Inputs.Set("callbackUrl", Secret($"https://hooks.example.com/cb?token={NewCallbackToken}")));
        _scan.Map("update preview", predicted!);
        var updated = (await _engine.UpdateAsync(task, task.Inputs.Set("callbackUrl", Secret($"https://hooks.example.com/cb?token={NewCallbackToken}")))).State;
        AssertWrapped(updated, "callbackUrl");

        await _emulator.InjectFaultAsync("UpdateLivePullToPush", "error", count: 100);
        ScanError("failed update", () => _engine.UpdateAsync(updated, updated.Inputs.Set("callbackUrl", Secret($"https://hooks.example.com/cb?token={CallbackToken}"))));
        await _emulator.ClearFaultsAsync();

        AssertWrapped((await _engine.RefreshAsync(updated))!, "callbackUrl");
        await _engine.ImportAsync(Task.Type, "imported", updated.Id);

        await _emulator.InjectFaultAsync("DescribeLivePullToPush", "error", count: 100);
        ScanError("partial create", () => _engine.CreateAsync(Task.Type, "half", inputs.Set("dstUrl", PropertyValue.From("rtmp://push.example.com/app/half"))));
        await _emulator.ClearFaultsAsync();

        await _emulator.InjectFaultAsync("DeleteLivePullToPush", "error", count: 100);
        ScanError("failed delete", () => _engine.DeleteAsync(updated));
        await _emulator.ClearFaultsAsync();
        await _emulator.InjectFaultAsync("DeleteLivePullToPush", "drop");
        await _engine.DeleteAsync(updated);
    }

    [Test]
    public async Task An_edge_job_with_a_secret_stream_input()
    {
        var inputs = Edge.Inputs().Set("streamInput", Secret($"rtmp://live.example.com/app/stream?key={EdgeKey}"));
        _scan.Map("preview", await _engine.PreviewCreateAsync(Edge.Type, "secret", inputs));

        await _emulator.InjectFaultAsync("StartEdgeTranscodeJob", "error", code: "UserQuotaExceed", httpStatus: 400);
        var partial = ScanError("create whose start fails", () => _engine.CreateAsync(Edge.Type, "secret", inputs));
        var init = partial.Details().Single(d => d.Is(ErrorResourceInitFailed.Descriptor)).Unpack<ErrorResourceInitFailed>();
        var recorded = new ResourceState(Edge.Type, "secret", EngineDriver.Urn(Edge.Type, "secret"), init.Id, await _engine.CheckAsync(Edge.Type, "secret", inputs), StructCodec.Decode(init.Properties));
        AssertWrapped(recorded, "streamInput");

        var refreshed = (await _engine.RefreshAsync(recorded))!;
        AssertWrapped(refreshed, "streamInput");
        await _emulator.InjectFaultAsync("UpdateEdgeTranscodeJob", "throttle", count: 2);
        // The next `pulumi up` of the program (running stays true) updates the stopped job and starts it.
        var running = (await _engine.UpdateAsync(refreshed, inputs.Set("streamInput", Secret($"rtmp://live.example.com/app/other?key={NewEdgeKey}")))).State;
        AssertWrapped(running, "streamInput");
        Assert.That(running.Output("status"), Is.EqualTo("Running"));

        // A replacement is explained in a warning that names the property, never its value.
        var (diff, _) = await _engine.PreviewUpdateAsync(running, running.Inputs.Set("streamInput", Secret($"rtmp://live.example.com/app/third?key={EdgeKey}")));
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "streamInput" }));
        Assert.That(_plugin.Engine.Logs.Where(l => l.Urn == running.Urn).Select(l => l.Message), Has.Some.Contains("streamInput"));

        await _emulator.InjectFaultAsync("DeleteEdgeTranscodeJob", "error", count: 100);
        ScanError("failed delete", () => _engine.DeleteAsync(running));
        await _emulator.ClearFaultsAsync();
        await _engine.DeleteAsync(running);
        Assert.That((await _emulator.ResourcesAsync())["edgeTranscodeJobs"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_transcode_job_with_a_secret_nested_in_its_stream_input()
    {
        var inputs = Ice.Inputs().Set("streamInput", new ObjectValue(PropertyMap.Of(("inputUrl", Secret($"rtmp://live.example.com/app/stream?auth_key={IceKey}")))));
        await _emulator.InjectFaultAsync("SubmitLiveTranscodeJob", "drop");
        var job = await _engine.CreateAsync(Ice.Type, "secret", inputs);
        AssertWrapped(job, "streamInput");

        var renamed = (await _engine.UpdateAsync(job, Ice.Changed(job.Inputs))).State;
        AssertWrapped(renamed, "streamInput");
        AssertWrapped((await _engine.RefreshAsync(renamed))!, "streamInput");

        await _emulator.InjectFaultAsync("GetLiveTranscodeJob", "error", count: 100);
        ScanError("partial create", () => _engine.CreateAsync(Ice.Type, "half", inputs));
        await _emulator.ClearFaultsAsync();
        await _engine.DeleteAsync(renamed);
    }

    [Test]
    public async Task A_wrong_secret_key_fails_every_call_without_showing_either_key()
    {
        await using var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(_emulator.BaseUrl, KeyId, WrongSecret);
        var engine = new EngineDriver(plugin);

        var error = ScanError("create with a wrong secret key", () => engine.CreateAsync(Task.Type, "denied", Task.Inputs()));
        Assert.That(error.Message, Does.Contain("SignatureDoesNotMatch"));
        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        _scan.Diagnostics(plugin);
    }

    private static SecretValue Secret(string value) => new(PropertyValue.From(value));

    private RpcException ScanError(string where, Func<Task> operation)
    {
        var error = Assert.ThrowsAsync<RpcException>(() => operation())!;
        _scan.Error(where, error);
        return error;
    }

    /// <summary>The state holds the secret only inside a secret wrapper, and holds it there.</summary>
    private void AssertWrapped(ResourceState state, string property)
    {
        _scan.State(state.Urn, state);
        Assert.That(SecretValues.IsSecret(state.Outputs[property]), Is.True, $"{property} must stay secret in the outputs");
    }
}
