using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.StateIntegrity;

/// <summary>
/// An object leaves the state only on proof that it is gone. A refresh (Read) and a destroy (Delete) that the cloud
/// refuses for the caller's key, its RAM permissions or its own health must fail, name the cloud call and its code and
/// say what to do, and leave the object in the state and in the cloud; once access is back, the same state reaches it.
/// </summary>
[Category("StateIntegrity")]
public sealed class RefusedAccessTests : LifecycleFixture
{
    /// <summary>One retry keeps the 5xx and throttling cases short; they must fail all the same.</summary>
    protected override IDictionary<string, PropertyValue>? ProviderConfig => new Dictionary<string, PropertyValue>
    {
        ["maxRetries"] = PropertyValue.From(1),
    };

    /// <summary>The first cloud call refresh and destroy make, per resource: the one the refusal names.</summary>
    private static readonly IReadOnlyDictionary<string, (string Read, string Delete)> FirstCalls = new Dictionary<string, (string, string)>
    {
        ["LiveTranscodeJob"] = ("GetLiveTranscodeJob", "GetLiveTranscodeJob"),
        ["PullToPushTask"] = ("DescribeLivePullToPush", "DeleteLivePullToPush"),
        ["RecordVodConfig"] = ("DescribeLiveRecordVodConfigs", "DeleteLiveRecordVodConfig"),
        ["EdgeTranscodeJob"] = ("GetEdgeTranscodeJob", "GetEdgeTranscodeJob"),
    };

    public static IEnumerable<TestCaseData> Cases() =>
        from scenario in ResourceScenario.All
        from cause in AccessCause.All
        select new TestCaseData(scenario, cause).SetArgDisplayNames(scenario.Name, cause.Name);

    [TestCaseSource(nameof(Cases))]
    public async Task Refresh_and_destroy_refused_by_the_cloud_fail_naming_the_cause_and_lose_nothing(ResourceScenario scenario, AccessCause cause)
    {
        var state = await Engine.CreateAsync(scenario.Type, "kept", scenario.Inputs());
        await cause.ArmAsync(Emulator);
        var refused = cause.WrongSecret is { } secret ? await ConfiguredSessionAsync(secret) : null;
        try
        {
            var engine = refused is null ? Engine : new EngineDriver(refused);
            var (read, delete) = FirstCalls[scenario.Name];
            var refresh = Assert.ThrowsAsync<RpcException>(() => engine.RefreshAsync(state), "refresh must not answer \"gone\"");
            var destroy = Assert.ThrowsAsync<RpcException>(() => engine.DeleteAsync(state), "destroy must not answer \"deleted\"");
            AssertNamesTheCause(refresh!, read, cause);
            AssertNamesTheCause(destroy!, delete, cause);
            if (cause.WrongSecret is { } wrong)
            {
                Assert.That(refresh!.Message + destroy!.Message + refused!.StdErr, Does.Not.Contain(wrong), "the rejected secret is in no error or log");
            }
        }
        finally
        {
            if (refused is not null)
            {
                await refused.DisposeAsync();
            }
        }

        await Emulator.RestoreAccessAsync();
        await Emulator.ClearFaultsAsync();
        var lost = await LostAsync(scenario, state);
        Assert.That(lost, Is.Zero, "the object is in the cloud and the recorded state still reaches it");
        ReliabilityReport.RecordFigure(
            ReportSections.StateIntegrity,
            $"{scenario.Name}: refresh and destroy, {cause.Name}",
            $"both {CellOutcome.CodeName(cause.Status)} naming {FirstCalls[scenario.Name].Read} / {FirstCalls[scenario.Name].Delete} and {cause.Code}"
            + (cause.Advice is { } advice ? $" (\"{advice.Trim()}…\")" : "") + $"; state and cloud object kept; objects lost: {lost}");
    }

    [TestCaseSource(typeof(ResourceScenario), nameof(ResourceScenario.All))]
    public async Task Read_before_Configure_fails_as_a_precondition_and_loses_nothing(ResourceScenario scenario)
    {
        var state = await Engine.CreateAsync(scenario.Type, "early", scenario.Inputs());
        await using (var unconfigured = await PluginSession.StartAsync())
        {
            var error = Assert.ThrowsAsync<RpcException>(() => new EngineDriver(unconfigured).RefreshAsync(state));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(error.Message, Does.Contain("not configured"));
        }

        var lost = await LostAsync(scenario, state);
        Assert.That(lost, Is.Zero);
        ReliabilityReport.RecordFigure(
            ReportSections.StateIntegrity,
            $"{scenario.Name}: refresh before Configure",
            $"{CellOutcome.CodeName(StatusCode.FailedPrecondition)} \"the provider is not configured\"; objects lost: {lost}");
    }

    private static void AssertNamesTheCause(RpcException error, string action, AccessCause cause)
    {
        Assert.That(error.StatusCode, Is.EqualTo(cause.Status), error.Message);
        Assert.That(error.Message, Does.Contain(action).And.Contain(cause.Code).And.Contain("RequestId"));
        if (cause.Advice is { } advice)
        {
            Assert.That(error.Message, Does.Contain(advice));
        }
    }

    /// <summary>A plugin configured like the fixture's but with another secret key: the key the cloud now rejects.</summary>
    private async Task<PluginSession> ConfiguredSessionAsync(string secretKey)
    {
        var session = await PluginSession.StartAsync();
        await session.ConfigureForEmulatorAsync(Emulator.BaseUrl, secretKey: secretKey, maxRetries: 1);
        return session;
    }

    /// <summary>
    /// Objects lost: 1 when the cloud no longer holds the object, or a refresh of the recorded state no longer finds it.
    /// </summary>
    private async Task<int> LostAsync(ResourceScenario scenario, ResourceState state)
    {
        var inCloud = (await CloudObjectsAsync(scenario.CloudKind)).Any(o => scenario.CloudId(o!) == state.Id);
        var refreshed = await Engine.RefreshAsync(state);
        return inCloud && refreshed?.Id == state.Id ? 0 : 1;
    }
}
