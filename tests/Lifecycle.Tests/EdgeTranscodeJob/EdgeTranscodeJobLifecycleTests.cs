using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob.EdgeJobTestSupport;

namespace AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob;

/// <summary>alicloud-live:live:EdgeTranscodeJob's create, update rules, import and destroy through the plugin's gRPC interface.</summary>
public sealed class EdgeTranscodeJobLifecycleTests : LifecycleFixture
{
    private const string OtherOutput = "rtmp://push.example.com/app/out_720p";

    [Test]
    public async Task Preview_makes_no_call_and_create_starts_the_job_under_a_cluster_scoped_id_that_refresh_keeps()
    {
        var callsBefore = await CloudCallCountAsync();
        var preview = await Engine.PreviewCreateAsync(Token, "edge", Job());
        Assert.That(preview["jobId"], Is.InstanceOf<UnknownValue>(), "the cloud decides the id");
        Assert.That(preview.GetString("name"), Does.Match("^edge-[0-9a-f]{7}$"), "autonamed");
        Assert.That(preview.GetBool("running"), Is.True, "running defaults to true");
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(callsBefore), "a preview makes no cloud call");

        var job = await Engine.CreateAsync(Token, "edge", Job());
        Assert.That(job.Id, Is.EqualTo($"{Cluster}/{job.Output("jobId")}"));
        Assert.That(job.Output("status"), Is.EqualTo("Running"), "Create, then Start; the API's Status \"1\" is read as Running");
        Assert.That(job.Output("templateName"), Is.EqualTo("1080p"));
        Assert.That(job.Output("type"), Is.EqualTo("common"));
        Assert.That(job.Output("lastStartAt"), Is.Not.Null);
        Assert.That(job.Output("createTime"), Is.Not.Null);
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(Field(cloud, "Status"), Is.EqualTo("1"));
        Assert.That(Field(cloud, "Name"), Is.EqualTo(job.Inputs.GetString("name")));

        var refreshed = await Engine.RefreshAsync(job);
        Assert.That(refreshed!.Id, Is.EqualTo(job.Id));
        Assert.That(refreshed.Inputs, Is.EqualTo(job.Inputs));
        Assert.That(refreshed.Outputs, Is.EqualTo(job.Outputs));
    }

    [Test]
    public async Task Running_false_creates_a_stopped_job_and_toggling_running_starts_and_stops_it_in_place()
    {
        var job = await Engine.CreateAsync(Token, "idle", Job().With("running", false));
        Assert.That(job.Output("status"), Is.EqualTo("NotStarted"));
        Assert.That(CallsTo(await Emulator.CallsAsync(), "StartEdgeTranscodeJob"), Is.Zero);

        var started = await Engine.UpdateAsync(job, job.Inputs.With("running", true));
        Assert.That(started.Replaced, Is.False);
        Assert.That(started.Diff.DetailedDiff["running"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.Update));
        Assert.That(started.State.Output("status"), Is.EqualTo("Running"));
        Assert.That(Field((await CloudObjectsAsync("edgeTranscodeJobs")).Single(), "Status"), Is.EqualTo("1"));

        var stopped = await Engine.UpdateAsync(started.State, job.Inputs.With("running", false));
        Assert.That(stopped.Replaced, Is.False);
        Assert.That(stopped.State.Output("status"), Is.EqualTo("NotStarted"));
        Assert.That(stopped.State.Output("lastStopAt"), Is.Not.Null);
        Assert.That(Field((await CloudObjectsAsync("edgeTranscodeJobs")).Single(), "Status"), Is.EqualTo("0"));
        Assert.That(LogsFor(job.Urn), Is.Empty, "nothing is replaced, so nothing is explained");
    }

    [TestCase("templateId", "edge-tpl-720p")]
    [TestCase("streamOutput", OtherOutput)]
    [TestCase("name", "renamed")]
    public async Task Changing_a_setting_of_a_running_job_that_stays_running_replaces_it_and_warns_why(string property, string value)
    {
        var job = await Engine.CreateAsync(Token, "live", Job());
        var outcome = await Engine.UpdateAsync(job, job.Inputs.With(property, value));

        Assert.That(outcome.Replaced, Is.True);
        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { property }));
        var warning = LogsFor(job.Urn).Single();
        Assert.That(warning.Severity, Is.EqualTo(LogSeverity.Warning), "the decision depends on the recorded status");
        Assert.That(warning.Message, Is.EqualTo($"{property} cannot change while the job is running (status Running) and running stays true; the job will be replaced"));
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(Field(cloud, "JobId"), Is.EqualTo(outcome.State.Output("jobId")), "the old job was stopped and deleted after the new one existed");
        Assert.That(Field(cloud, "Status"), Is.EqualTo("1"));
        Assert.That(outcome.State.Inputs.GetString(property), Is.EqualTo(value));
    }

    [Test]
    public async Task The_change_that_sets_running_false_stops_the_job_and_updates_it_in_place()
    {
        var job = await Engine.CreateAsync(Token, "pause", Job());
        var news = job.Inputs.With("templateId", "edge-tpl-720p").With("streamOutput", OtherOutput).With("running", false);

        var (diff, predicted) = await Engine.PreviewUpdateAsync(job, news);
        Assert.That(diff.Replaces, Is.Empty);
        Assert.That(diff.DetailedDiff.Keys, Is.EquivalentTo(new[] { "templateId", "streamOutput", "running" }));
        Assert.That(predicted!.GetString("status"), Is.EqualTo("NotStarted"));
        Assert.That(predicted!["templateName"], Is.InstanceOf<UnknownValue>(), "the new template's name comes from the cloud");

        var outcome = await Engine.UpdateAsync(job, news);
        Assert.That(outcome.Replaced, Is.False);
        Assert.That(outcome.State.Output("templateName"), Is.EqualTo("720p"));
        Assert.That(outcome.State.Output("status"), Is.EqualTo("NotStarted"));
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(Field(cloud, "JobId"), Is.EqualTo(job.Output("jobId")));
        Assert.That(Field(cloud, "TemplateId"), Is.EqualTo("edge-tpl-720p"));
        Assert.That(Field(cloud, "StreamOutput"), Is.EqualTo(OtherOutput));
        var calls = await Emulator.CallsAsync();
        Assert.That(
            new[] { "CreateEdgeTranscodeJob", "StartEdgeTranscodeJob", "StopEdgeTranscodeJob", "UpdateEdgeTranscodeJob" }.Select(a => CallsTo(calls, a)),
            Is.EqualTo(new[] { 1, 1, 1, 1 }),
            "one create and start, then stop-then-update");
    }

    [Test]
    public async Task A_stopped_job_updates_its_settings_in_place_then_starts_when_running_becomes_true()
    {
        var job = await Engine.CreateAsync(Token, "later", Job().With("running", false));
        var outcome = await Engine.UpdateAsync(job, job.Inputs.With("name", "renamed").With("streamOutput", OtherOutput).With("running", true));

        Assert.That(outcome.Replaced, Is.False);
        Assert.That(outcome.State.Output("status"), Is.EqualTo("Running"));
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(Field(cloud, "Name"), Is.EqualTo("renamed"));
        Assert.That(Field(cloud, "StreamOutput"), Is.EqualTo(OtherOutput));
        Assert.That(Field(cloud, "Status"), Is.EqualTo("1"));
        var calls = await Emulator.CallsAsync();
        Assert.That(CallsTo(calls, "StopEdgeTranscodeJob"), Is.Zero, "a job that is not running needs no stop");
        Assert.That(CallsTo(calls, "StartEdgeTranscodeJob"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_job_started_after_the_preview_fails_the_in_place_update_and_asks_for_a_new_plan()
    {
        var job = await Engine.CreateAsync(Token, "race", Job().With("running", false));
        var news = job.Inputs.With("streamOutput", OtherOutput).With("running", true);
        var (diff, _) = await Engine.PreviewUpdateAsync(job, news);
        Assert.That(diff.Replaces, Is.Empty, "at preview the job is not running: an in-place update");

        await Engine.UpdateAsync(job, job.Inputs.With("running", true));
        var error = Assert.ThrowsAsync<RpcException>(() => Engine.UpdateAsync(job, news));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("changed since the preview").And.Contain("status Running").And.Contain("run `pulumi up` again"));
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(Field(cloud, "StreamOutput"), Is.EqualTo(job.Inputs.GetString("streamOutput")), "nothing was changed");
        Assert.That(Field(cloud, "Status"), Is.EqualTo("1"), "the running job was not stopped");
    }

    [Test]
    public async Task Import_by_cluster_and_job_id_round_trips_through_check_and_a_bare_job_id_asks_for_the_cluster()
    {
        var job = await Engine.CreateAsync(Token, "original", Job());
        var imported = await Engine.ImportAsync(Token, "imported", job.Id);

        Assert.That(imported.Id, Is.EqualTo(job.Id));
        Assert.That(imported.Inputs.GetString("clusterId"), Is.EqualTo(Cluster));
        Assert.That(imported.Inputs.GetBool("running"), Is.True, "a running job imports as running = true");
        var diff = await Engine.DiffAsync(imported, await Engine.CheckAsync(Token, "imported", job.Inputs, imported.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "the program that made the job matches the import");

        var idle = await Engine.CreateAsync(Token, "idle", Job(OtherOutput).With("running", false));
        Assert.That((await Engine.ImportAsync(Token, "idle-imported", idle.Id)).Inputs.GetBool("running"), Is.False);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.ImportAsync(Token, "bare", job.Output("jobId")!));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("<clusterId>/<jobId>"));
    }

    [Test]
    public async Task Destroy_stops_a_running_job_then_deletes_it_and_a_job_already_gone_is_success()
    {
        var job = await Engine.CreateAsync(Token, "doomed", Job());
        await Engine.DeleteAsync(job);

        Assert.That(await CloudObjectsAsync("edgeTranscodeJobs"), Is.Empty);
        var calls = await Emulator.CallsAsync();
        Assert.That(CallsTo(calls, "StopEdgeTranscodeJob"), Is.EqualTo(1), "the service deletes only a stopped job");
        Assert.That(await Engine.RefreshAsync(job), Is.Null, "refresh of a vanished job reports it gone");
        Assert.DoesNotThrowAsync(() => Engine.DeleteAsync(job), "delete is idempotent");
    }
}
