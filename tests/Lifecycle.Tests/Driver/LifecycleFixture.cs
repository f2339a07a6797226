using System.Text.Json.Nodes;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Driver;

/// <summary>
/// One emulator and one configured plugin per test class (both the built binaries); each test starts from an
/// empty emulator with no faults and an empty engine log.
/// </summary>
public abstract partial class LifecycleFixture
{
    protected EmulatorProcess Emulator { get; private set; } = null!;

    protected PluginSession Plugin { get; private set; } = null!;

    protected EngineDriver Engine { get; private set; } = null!;

    /// <summary>Extra emulator flags for a test class (e.g. --no-throttle).</summary>
    protected virtual string[] EmulatorArgs => [];

    /// <summary>Extra provider configuration for a test class (e.g. maxRetries, requestTimeoutSeconds).</summary>
    protected virtual IDictionary<string, PropertyValue>? ProviderConfig => null;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Emulator = await EmulatorProcess.StartAsync(EmulatorArgs);
        Plugin = await PluginSession.StartAsync();
        await Plugin.ConfigureForEmulatorAsync(Emulator.BaseUrl, extra: ProviderConfig);
        Engine = new EngineDriver(Plugin);
    }

    [SetUp]
    public async Task ResetAsync()
    {
        await Emulator.ResetAsync();
        await Emulator.ClearFaultsAsync();
        Plugin.Engine.Clear();
    }

    /// <summary>A failed test shows what the plugin said last (and whether it is still running): CI keeps no other trace.</summary>
    [TearDown]
    public void ReportPluginOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            return;
        }

        var stderr = Plugin.StdErr;
        var tail = stderr.Length <= 4000 ? stderr : stderr[^4000..];
        TestContext.Out.WriteLine($"plugin {(Plugin.HasExited ? "has exited" : "is running")}; the end of its stderr:\n{tail}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Plugin.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    /// <summary>Objects of one kind in the emulator, e.g. "liveTranscodeJobs".</summary>
    protected async Task<JsonArray> CloudObjectsAsync(string kind) => (await Emulator.ResourcesAsync())[kind]!.AsArray();

    /// <summary>Total calls the emulator has answered (admin calls excluded).</summary>
    protected async Task<int> CloudCallCountAsync() =>
        (await Emulator.CallsAsync()).Sum(kv => (int)kv.Value!["calls"]!);

    /// <summary>
    /// What `pulumi up` shows under the resource, except the INFO naming the id that every create logs (the
    /// interrupted-create tests assert that one), so a test of explanations sees only explanations. DEBUG lines (every
    /// cloud attempt) appear only with --debug.
    /// </summary>
    protected IReadOnlyList<LogRequest> LogsFor(string urn) =>
        Plugin.Engine.Logs.Where(l => l.Urn == urn && l.Severity != LogSeverity.Debug
            && !(l.Severity == LogSeverity.Info && CreatedLog().IsMatch(l.Message))).ToList();

    [System.Text.RegularExpressions.GeneratedRegex("^(SubmitLiveTranscodeJob|CreateEdgeTranscodeJob|CreateLivePullToPush|AddLiveRecordVodConfig) (created|added) ")]
    private static partial System.Text.RegularExpressions.Regex CreatedLog();

    protected static string Utc(DateTimeOffset t) => Inputs.Utc(t);
}
