using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.LiveTranscodeJob;

/// <summary>alicloud-live:ice:LiveTranscodeJob through the plugin's gRPC interface against the emulator.</summary>
public sealed class LiveTranscodeJobLifecycleTests : LifecycleFixture
{
    private const string Type = "alicloud-live:ice:LiveTranscodeJob";

    private static PropertyMap Immediate(string inputUrl = "rtmp://live.example.com/app/stream") => Json.Map($$"""
        {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "{{inputUrl}}"},
         "transcodeOutput": {"domainName": "play.example.com"} }
        """);

    private static PropertyMap TimedJob(DateTimeOffset start, string inputUrl = "rtmp://live.example.com/app/stream") =>
        Immediate(inputUrl).With("startMode", "Timed").With("timedConfig", Window(start, start.AddHours(2)));

    private static PropertyMap Window(DateTimeOffset start, DateTimeOffset end) => PropertyMap.Empty.With("startTime", start).With("endTime", end);

    [Test]
    public async Task Preview_create_refresh_rename_in_place_and_destroy_leave_the_emulator_empty()
    {
        var callsBefore = await CloudCallCountAsync();
        var preview = await Engine.PreviewCreateAsync(Type, "job", Immediate());
        Assert.That(preview["jobId"], Is.InstanceOf<UnknownValue>(), "the cloud decides the id");
        Assert.That(preview.GetString("name"), Does.Match("^job-[0-9a-f]{7}$"), "autonamed");
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(callsBefore), "a preview makes no cloud call");

        var job = await Engine.CreateAsync(Type, "job", Immediate());
        Assert.That(job.Output("status"), Is.EqualTo("Running"), "an Immediate job starts on submit");
        Assert.That(job.Output("templateName"), Is.EqualTo("hd"));
        Assert.That(job.Outputs.GetArray("outputStreams"), Is.Not.Empty);
        Assert.That(job.Output("jobId"), Is.EqualTo(job.Id));

        var refreshed = await Engine.RefreshAsync(job);
        Assert.That(refreshed!.Inputs, Is.EqualTo(job.Inputs), "refresh keeps what Get does not return (timedConfig, the output domain)");

        var renamed = await Engine.UpdateAsync(refreshed, job.Inputs.With("name", "renamed"));
        Assert.That(renamed.Replaced, Is.False, "name updates in place in any state");
        Assert.That(renamed.Diff.DetailedDiff["name"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.Update));
        Assert.That((string?)(await CloudObjectsAsync("liveTranscodeJobs"))[0]!["Name"], Is.EqualTo("renamed"));

        await Engine.DeleteAsync(renamed.State);
        Assert.That(await CloudObjectsAsync("liveTranscodeJobs"), Is.Empty, "a running job is stopped, then deleted");
    }

    [Test]
    public async Task A_job_without_an_output_domain_passes_check_is_submitted_refreshes_unchanged_and_renames()
    {
        var inputs = Immediate().Set("transcodeOutput", Json.Map("""{"o": {"type": "LiveCenter"}}""")["o"]);

        var job = await Engine.CreateAsync(Type, "nodomain", inputs);
        var refreshed = (await Engine.RefreshAsync(job))!;
        Assert.That(refreshed.Inputs, Is.EqualTo(job.Inputs), "no domain is derived for a job that was created without one");

        var renamed = await Engine.UpdateAsync(refreshed, job.Inputs.With("name", "renamed-nodomain"));
        Assert.That(renamed.Replaced, Is.False);
        Assert.That((string?)(await CloudObjectsAsync("liveTranscodeJobs"))[0]!["Name"], Is.EqualTo("renamed-nodomain"));
    }

    [Test]
    public async Task Import_takes_region_slash_job_id_and_records_that_region_with_the_endpoint_it_reached()
    {
        var job = await Engine.CreateAsync(Type, "origin", Immediate());

        var imported = await Engine.ImportAsync(Type, "imported", $"cn-beijing/{job.Id}");

        Assert.That(imported.Id, Is.EqualTo(job.Id), "the resource id is the bare JobId");
        Assert.That((imported.Output("region"), imported.Output("endpoint")), Is.EqualTo(("cn-beijing", Emulator.BaseUrl + "/")), "iceEndpoint overrides the region's endpoint");
        Assert.That((job.Output("region"), job.Output("endpoint")), Is.EqualTo(("cn-shanghai", Emulator.BaseUrl + "/")));
    }

    [Test]
    public async Task A_timed_job_that_has_not_started_updates_its_input_in_place()
    {
        var job = await Engine.CreateAsync(Type, "timed", TimedJob(DateTimeOffset.UtcNow.AddHours(1)));
        Assert.That(job.Output("status"), Is.EqualTo("NotStarted"));

        var (diff, predicted) = await Engine.PreviewUpdateAsync(job, TimedJob(DateTimeOffset.UtcNow.AddHours(1), "rtmp://live.example.com/app/other").Set("name", job.Inputs["name"]));
        Assert.That(diff.Replaces, Is.Empty);
        Assert.That(diff.DetailedDiff.Keys, Does.Contain("streamInput.inputUrl"));
        Assert.That(predicted!.GetObject("streamInput")!.GetString("inputUrl"), Is.EqualTo("rtmp://live.example.com/app/other"));

        var updated = await Engine.UpdateAsync(job, job.Inputs.Set("streamInput", Json.Map("""{"x": {"type": "rtmp", "inputUrl": "rtmp://live.example.com/app/other"}}""")["x"]));
        Assert.That(updated.Replaced, Is.False);
        Assert.That(updated.State.Id, Is.EqualTo(job.Id));
        var cloud = (await CloudObjectsAsync("liveTranscodeJobs")).Single()!;
        Assert.That((string?)cloud["StreamInput"]!["InputUrl"], Is.EqualTo("rtmp://live.example.com/app/other"));
    }

    [Test]
    public async Task Changing_the_input_of_an_immediate_job_replaces_it_and_warns_why()
    {
        var job = await Engine.CreateAsync(Type, "imm", Immediate());
        var outcome = await Engine.UpdateAsync(job, Immediate("rtmp://live.example.com/app/other").Set("name", job.Inputs["name"]));

        Assert.That(outcome.Replaced, Is.True);
        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { "streamInput" }));
        Assert.That(outcome.Diff.DetailedDiff["streamInput.inputUrl"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.UpdateReplace));
        var warning = LogsFor(job.Urn).Single();
        Assert.That(warning.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(warning.Message, Does.Contain("streamInput cannot change for a job whose startMode is Immediate").And.EndWith("the job will be replaced"));
        var jobs = await CloudObjectsAsync("liveTranscodeJobs");
        Assert.That(jobs.Select(j => (string?)j!["JobId"]), Is.EqualTo(new[] { outcome.State.Id }), "the old job is deleted after the new one exists");
    }

    [Test]
    public async Task Changing_the_template_replaces_with_an_info_explanation()
    {
        var job = await Engine.CreateAsync(Type, "tpl", Immediate());
        var outcome = await Engine.UpdateAsync(job, job.Inputs.With("templateId", "ice-tpl-nbhd"));

        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { "templateId" }));
        var info = LogsFor(job.Urn).Single();
        Assert.That(info.Severity, Is.EqualTo(LogSeverity.Info), "the decision follows from the inputs alone");
        Assert.That(info.Message, Does.StartWith("templateId cannot change: UpdateLiveTranscodeJob does not accept it"));
        Assert.That(outcome.State.Output("templateName"), Is.EqualTo("nbhd"));
    }

    [Test]
    public async Task A_timed_job_that_started_is_replaced_when_its_input_changes()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(30);
        var job = await Engine.CreateAsync(Type, "started", TimedJob(start));
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1));
        var refreshed = (await Engine.RefreshAsync(job))!;
        Assert.That(refreshed.Output("status"), Is.EqualTo("Running"));

        var (diff, _) = await Engine.PreviewUpdateAsync(refreshed, refreshed.Inputs.Set("streamInput", Json.Map("""{"x": {"type": "rtmp", "inputUrl": "rtmp://live.example.com/app/other"}}""")["x"]));
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "streamInput" }));
        Assert.That(LogsFor(job.Urn).Single().Message, Does.Contain("once the job has started (status Running)"));
    }

    [Test]
    public async Task A_job_that_starts_between_preview_and_up_fails_the_update_and_asks_for_a_new_plan()
    {
        var job = await Engine.CreateAsync(Type, "race", TimedJob(DateTimeOffset.UtcNow.AddMinutes(30)));
        var news = job.Inputs.Set("streamInput", Json.Map("""{"x": {"type": "rtmp", "inputUrl": "rtmp://live.example.com/app/other"}}""")["x"]);
        var (diff, _) = await Engine.PreviewUpdateAsync(job, news);
        Assert.That(diff.Replaces, Is.Empty, "at preview the job has not started: an in-place update");

        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1));
        var error = Assert.ThrowsAsync<RpcException>(() => Engine.UpdateAsync(job, news));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("changed since the preview").And.Contain("status Running").And.Contain("run `pulumi up` again"));
        var cloud = (await CloudObjectsAsync("liveTranscodeJobs")).Single()!;
        Assert.That((string?)cloud["StreamInput"]!["InputUrl"], Is.EqualTo("rtmp://live.example.com/app/stream"), "nothing was changed");
    }

    [Test]
    public async Task Import_by_job_id_derives_the_output_domain_and_round_trips_through_check()
    {
        var job = await Engine.CreateAsync(Type, "original", Immediate());
        var imported = await Engine.ImportAsync(Type, "imported", job.Id);

        Assert.That(imported.Id, Is.EqualTo(job.Id));
        Assert.That(imported.Inputs.GetObject("transcodeOutput")!.GetString("domainName"), Is.EqualTo("play.example.com"), "derived from the output stream URLs");
        Assert.That(imported.Inputs.GetString("templateId"), Is.EqualTo("ice-tpl-hd"));
        var diff = await Engine.DiffAsync(imported, await Engine.CheckAsync(Type, "imported", job.Inputs, imported.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "the program that made the job matches the import");
    }

    [Test]
    public async Task A_lost_submit_response_adopts_the_created_job_without_a_duplicate()
    {
        await Emulator.InjectFaultAsync("SubmitLiveTranscodeJob", "commitThenDrop");
        var job = await Engine.CreateAsync(Type, "lost", Immediate());

        var jobs = await CloudObjectsAsync("liveTranscodeJobs");
        Assert.That(jobs.Select(j => (string?)j!["JobId"]), Is.EqualTo(new[] { job.Id }), "exactly one job, and it is the one in state");
    }

    [Test]
    public async Task Refresh_and_delete_of_a_job_deleted_outside_pulumi_treat_it_as_gone()
    {
        var job = await Engine.CreateAsync(Type, "gone", TimedJob(DateTimeOffset.UtcNow.AddHours(1)));
        await Engine.DeleteAsync(job);

        Assert.That(await Engine.RefreshAsync(job), Is.Null);
        Assert.DoesNotThrowAsync(() => Engine.DeleteAsync(job), "delete is idempotent");
    }

    [TestCase("""{"startMode": "Timed"}""", "timedConfig", "is required when startMode is Timed")]
    [TestCase("""{"streamInput": {"inputUrl": "http://live.example.com/app/s"}}""", "streamInput.inputUrl", "must be a rtmp:// URL")]
    [TestCase("""{"startMode": "Sometimes"}""", "startMode", "must be one of Immediate, Timed")]
    [TestCase("""{"templateId": null}""", "templateId", "is required")]
    [TestCase("""{"colour": "red"}""", "colour", "is not a property of alicloud-live:ice:LiveTranscodeJob")]
    public async Task Check_names_the_property_and_the_rule_without_calling_the_cloud(string overrides, string property, string reason)
    {
        var inputs = Immediate();
        foreach (var (key, value) in Json.Map(overrides))
        {
            inputs = value is NullValue ? inputs.Remove(key) : inputs.Set(key, value);
        }

        var calls = await CloudCallCountAsync();
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Type, "bad", inputs));
        Assert.That(failure!.Reports(property, reason), Is.True, failure.Message);
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls));
    }

    [Test]
    public async Task Timed_config_times_are_checked_against_the_clock_only_when_sent()
    {
        var now = DateTimeOffset.UtcNow;
        var tooLate = TimedJob(now.AddDays(8));
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Type, "late", tooLate));
        Assert.That(failure!.Reports("timedConfig.startTime", "must be within 7 days of now"), Is.True, failure.Message);

        var backwards = TimedJob(now.AddHours(1)).With("timedConfig", Window(now.AddHours(2), now.AddHours(1)));
        failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Type, "backwards", backwards));
        Assert.That(failure!.Reports("timedConfig.endTime", "must be after timedConfig.startTime"), Is.True, failure.Message);

        // An old, past window that is not being changed does not fail the next update of the name.
        var past = TimedJob(now.AddHours(1)).With("timedConfig", Window(now.AddDays(-2), now.AddDays(-1))).With("name", "n");
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "past", past.With("name", "n2"), past));
    }
}
