using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.StateIntegrity;

/// <summary>
/// Objects stay where they live. Between two deployments the provider is pointed elsewhere (another endpoint, a
/// region whose endpoint differs, or a region served by the same endpoint); a second emulator plays the other place.
/// The recorded object must still be found by refresh, a move must show as a replacement with its reason, and the
/// `up` that follows must leave exactly one object, the one the state records.
/// </summary>
[Category("StateIntegrity")]
public sealed class LocationChangeTests : LifecycleFixture
{
    public static IEnumerable<TestCaseData> Moves() =>
        from scenario in ResourceScenario.All
        from region in new[] { "cn-shanghai", "cn-beijing" }
        select new TestCaseData(scenario, region).SetArgDisplayNames(scenario.Name, region == "cn-shanghai" ? "endpoint change" : "region and endpoint change");

    [TestCaseSource(nameof(Moves))]
    public async Task A_provider_pointed_at_another_endpoint_finds_the_object_where_it_lives_and_moves_it_by_replacement(ResourceScenario scenario, string region)
    {
        var state = await Engine.CreateAsync(scenario.Type, "moved", scenario.Inputs());
        await using var elsewhere = await EmulatorProcess.StartAsync();
        await using var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(elsewhere.BaseUrl, extra: new Dictionary<string, PropertyValue> { ["region"] = PropertyValue.From(region) });
        var engine = new EngineDriver(plugin);

        var refreshed = await engine.RefreshAsync(state);
        Assert.That(refreshed?.Id, Is.EqualTo(state.Id), "refresh reaches the object where it was created");
        Assert.That(refreshed!.Output("endpoint"), Is.EqualTo(state.Output("endpoint")));

        var (diff, _) = await engine.PreviewUpdateAsync(refreshed, refreshed.Inputs);
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "endpoint" }));
        var note = plugin.Engine.Logs.Single(l => l.Urn == state.Urn && l.Severity == LogSeverity.Info);
        Assert.That(note.Message, Does.Contain($"now calls the").And.Contain(elsewhere.BaseUrl).And.Contain($"region {region}").And.EndWith("will be replaced"));

        var up = await engine.UpdateAsync(refreshed, refreshed.Inputs);
        Assert.That(up.Replaced, Is.True);
        Assert.That(up.State.Output("endpoint"), Is.EqualTo(elsewhere.BaseUrl + "/"));
        Assert.That(await CloudObjectsAsync(scenario.CloudKind), Is.Empty, "the old object was deleted where it lived");
        var moved = (await elsewhere.ResourcesAsync())[scenario.CloudKind]!.AsArray();
        Assert.That(moved.Select(o => scenario.CloudId(o!)), Is.EqualTo(new[] { up.State.Id }), "one object, the one the state records");
        var (again, _) = await engine.PreviewUpdateAsync(up.State, up.State.Inputs);
        Assert.That(again.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "after the move the plan is empty");

        ReliabilityReport.RecordFigure(
            ReportSections.StateIntegrity,
            $"{scenario.Name}: {(region == "cn-shanghai" ? "endpoint" : "region and endpoint")} changed between two deployments",
            $"refresh found it at its recorded endpoint; Diff: replace (endpoint), INFO \"{Shape(note.Message, elsewhere.BaseUrl, Emulator.BaseUrl)}\"; up replaced it; "
            + $"objects lost: {(await CloudObjectsAsync(scenario.CloudKind)).Count + Lost(scenario, moved, up.State.Id)}");
    }

    [Test]
    public async Task An_ICE_job_is_moved_between_two_endpoints_of_one_emulator_which_keeps_ICE_jobs_per_endpoint()
    {
        var scenario = new LiveTranscodeJobScenario();
        var state = await Engine.CreateAsync(scenario.Type, "regional", scenario.Inputs());
        var other = Emulator.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await using var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(Emulator.BaseUrl, extra: new Dictionary<string, PropertyValue> { ["iceEndpoint"] = PropertyValue.From(other) });
        var engine = new EngineDriver(plugin);

        var refreshed = await engine.RefreshAsync(state);
        Assert.That(refreshed?.Id, Is.EqualTo(state.Id), "the job is not visible at the new endpoint, yet refresh finds it where it lives");
        var up = await engine.UpdateAsync(refreshed!, refreshed!.Inputs);

        Assert.That(up.Replaced, Is.True);
        var jobs = await CloudObjectsAsync(scenario.CloudKind);
        Assert.That(jobs.Select(j => ((string?)j!["JobId"], (string?)j["Endpoint"])), Is.EqualTo(new[] { (up.State.Id, new Uri(other).Authority) }));
        ReliabilityReport.RecordFigure(
            ReportSections.StateIntegrity,
            "LiveTranscodeJob: iceEndpoint changed to another endpoint of the same emulator (ICE jobs are kept per endpoint)",
            $"refresh found it at its recorded endpoint; up replaced it at the new one; objects lost: {Lost(scenario, jobs, up.State.Id)}");
    }

    [TestCaseSource(typeof(ResourceScenario), nameof(ResourceScenario.All))]
    public async Task A_region_change_that_keeps_the_endpoint_moves_nothing(ResourceScenario scenario)
    {
        var state = await Engine.CreateAsync(scenario.Type, "stays", scenario.Inputs());
        await using var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(Emulator.BaseUrl, extra: new Dictionary<string, PropertyValue> { ["region"] = PropertyValue.From("cn-beijing") });
        var engine = new EngineDriver(plugin);

        var refreshed = await engine.RefreshAsync(state);
        var (diff, _) = await engine.PreviewUpdateAsync(refreshed!, refreshed!.Inputs);

        Assert.That(refreshed.Id, Is.EqualTo(state.Id));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "the object is where the provider points");
        var lost = Lost(scenario, await CloudObjectsAsync(scenario.CloudKind), refreshed.Id);
        Assert.That(lost, Is.Zero);
        ReliabilityReport.RecordFigure(ReportSections.StateIntegrity, $"{scenario.Name}: region changed, endpoint unchanged", $"refresh found it; Diff: no change; objects lost: {lost}");
    }

    [TestCaseSource(typeof(ResourceScenario), nameof(ResourceScenario.All))]
    public async Task State_recorded_before_locations_means_the_providers_current_endpoint(ResourceScenario scenario)
    {
        var created = await Engine.CreateAsync(scenario.Type, "old", scenario.Inputs());
        var old = created with { Outputs = created.Outputs.Remove("endpoint").Remove("region") };
        if (scenario.Name == "PullToPushTask")
        {
            old = old with { Outputs = old.Outputs.Set("region", created.Outputs["region"]) };
        }

        var (diff, _) = await Engine.PreviewUpdateAsync(old, old.Inputs);
        var refreshed = await Engine.RefreshAsync(old);

        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));
        Assert.That(refreshed?.Id, Is.EqualTo(created.Id));
        Assert.That(refreshed!.Output("endpoint"), Is.EqualTo(Emulator.BaseUrl + "/"), "the refresh records where it found the object");
    }

    /// <summary>Objects in <paramref name="cloud"/> other than the recorded one, plus the recorded one when it is missing.</summary>
    private static int Lost(ResourceScenario scenario, System.Text.Json.Nodes.JsonArray cloud, string recorded)
    {
        var ids = cloud.Select(o => scenario.CloudId(o!)).ToList();
        return ids.Count(i => i != recorded) + (ids.Contains(recorded) ? 0 : 1);
    }

    /// <summary>The note with the run's ports taken out, for the report.</summary>
    private static string Shape(string message, string now, string before) => message.Replace(now, "<new endpoint>", StringComparison.Ordinal).Replace(before, "<old endpoint>", StringComparison.Ordinal);
}
