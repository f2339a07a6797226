using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.StateIntegrity;

/// <summary>
/// A resource whose update rules depend on its live state answers refresh_before_update, so the engine reads it before
/// each preview and up: a job that started or stopped outside Pulumi previews as the plan `up` then carries out, where
/// the recorded state alone would plan something `up` must refuse.
/// </summary>
[Category("StateIntegrity")]
public sealed class RefreshBeforeUpdateTests : LifecycleFixture
{
    private const string TaskType = "alicloud-live:live:PullToPushTask";
    private const string IceType = "alicloud-live:ice:LiveTranscodeJob";
    private static readonly EdgeTranscodeJobScenario Edge = new();

    private AlibabaCloudClient? _outOfBand;

    /// <summary>A user's own client, separate from the plugin: how a job changes outside Pulumi.</summary>
    private AlibabaCloudClient OutOfBand => _outOfBand ??= new AlibabaCloudClient(
        new AccessKeyCredentials("emulator", "emulator", null),
        new CloudClientOptions { LiveEndpoint = Emulator.BaseUrl, IceEndpoint = Emulator.BaseUrl });

    [OneTimeTearDown]
    public void DisposeOutOfBand() => _outOfBand?.Dispose();

    [Test]
    public async Task Every_answer_of_a_state_dependent_resource_asks_for_the_read_and_a_record_config_does_not()
    {
        var task = await Engine.CreateAsync(TaskType, "flag", Task());
        var config = await Engine.CreateAsync("alicloud-live:live:RecordVodConfig", "flag", Json.Map("""
            {"domainName": "live.example.com", "appName": "app", "vodTranscodeGroupId": "vod-group-default"}
            """));

        Assert.That(task.RefreshBeforeUpdate, Is.True, "Create");
        Assert.That((await Engine.RefreshAsync(task))!.RefreshBeforeUpdate, Is.True, "Read");
        Assert.That((await Engine.UpdateAsync(task, task.Inputs.With("callbackUrl", "https://hooks.example.com/x"))).State.RefreshBeforeUpdate, Is.True, "Update");
        Assert.That(config.RefreshBeforeUpdate, Is.False, "no update rule of a record config depends on its state");
    }

    [Test]
    public async Task A_task_that_started_outside_Pulumi_previews_as_the_replacement_that_up_performs()
    {
        var task = await Engine.CreateAsync(TaskType, "started", Task());
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1.5));
        var news = task.Inputs.With("startTime", Utc(DateTimeOffset.UtcNow.AddHours(2)));

        var (stale, _) = await Engine.PreviewUpdateAsync(task, news);
        Assert.That(EngineDriver.IsReplace(stale), Is.False, "the recorded state alone says NotStarted: an update `up` would refuse");

        var planned = (await Engine.RefreshBeforeUpdateAsync(task))!;
        var (preview, _) = await Engine.PreviewUpdateAsync(planned, news);
        Assert.That(planned.Output("status"), Is.EqualTo("Running"));
        Assert.That(preview.Replaces, Is.EqualTo(new[] { "startTime" }));

        var up = await Engine.UpdateAsync((await Engine.RefreshBeforeUpdateAsync(task))!, news);
        Assert.That(up.Replaced, Is.True, "up carries out the previewed replacement, with no \"run `pulumi up` again\"");
        var cloud = (await CloudObjectsAsync("pullToPushTasks")).Single()!;
        Assert.That(((string?)cloud["TaskId"], (string?)cloud["TaskInfo"]!["StartTime"]), Is.EqualTo((up.State.Id, news.GetString("startTime"))));
        Record("PullToPushTask: started outside Pulumi, then startTime changed", "previewed as a replacement (recorded state alone: an update `up` would refuse); up replaced it",
            await LostAsync("pullToPushTasks", o => (string?)o["TaskId"], up.State.Id));
    }

    [Test]
    public async Task An_edge_job_stopped_outside_Pulumi_previews_as_the_in_place_update_that_up_performs()
    {
        var job = await Engine.CreateAsync(Edge.Type, "stopped", Edge.Inputs());
        await OutOfBand.Live.StopEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest(job.Output("clusterId")!, job.Output("jobId")!));
        var news = job.Inputs.With("streamOutput", "rtmp://push.example.com/app/moved");

        var (stale, _) = await Engine.PreviewUpdateAsync(job, news);
        Assert.That(EngineDriver.IsReplace(stale), Is.True, "the recorded state alone says Running: a needless replacement");

        var (preview, _) = await Engine.PreviewUpdateAsync((await Engine.RefreshBeforeUpdateAsync(job))!, news);
        Assert.That(EngineDriver.IsReplace(preview), Is.False);
        Assert.That(preview.Diffs, Is.EquivalentTo(new[] { "streamOutput", "running" }), "running: the read found it stopped, the program wants it running");

        var up = await Engine.UpdateAsync((await Engine.RefreshBeforeUpdateAsync(job))!, news);
        Assert.That((up.Replaced, up.State.Id, up.State.Output("status")), Is.EqualTo((false, job.Id, "Running")), "updated in place and started again");
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single()!;
        Assert.That((string?)cloud["StreamOutput"], Is.EqualTo("rtmp://push.example.com/app/moved"));
        Record("EdgeTranscodeJob: stopped outside Pulumi, then streamOutput changed", "previewed as an in-place update (recorded state alone: a needless replacement); up updated and restarted it",
            await LostAsync("edgeTranscodeJobs", o => $"{o["ClusterId"]}/{o["JobId"]}", up.State.Id));
    }

    [Test]
    public async Task A_timed_ICE_job_that_started_previews_as_the_replacement_that_up_performs()
    {
        var job = await Engine.CreateAsync(IceType, "timed", Json.Map($$"""
            {"templateId": "ice-tpl-hd", "startMode": "Timed", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"},
             "transcodeOutput": {"domainName": "play.example.com"},
             "timedConfig": {"startTime": "{{Utc(DateTimeOffset.UtcNow.AddMinutes(30))}}", "endTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(3))}}"}
            }
            """));
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1));
        var news = job.Inputs.With("streamInput", PropertyMap.Empty.With("type", "rtmp").With("inputUrl", "rtmp://live.example.com/app/other"));

        var (preview, _) = await Engine.PreviewUpdateAsync((await Engine.RefreshBeforeUpdateAsync(job))!, news);
        Assert.That(preview.Replaces, Is.EqualTo(new[] { "streamInput" }));

        var up = await Engine.UpdateAsync((await Engine.RefreshBeforeUpdateAsync(job))!, news);
        Assert.That(up.Replaced, Is.True);
        var cloud = (await CloudObjectsAsync("liveTranscodeJobs")).Single()!;
        Assert.That(((string?)cloud["JobId"], (string?)cloud["StreamInput"]!["InputUrl"]), Is.EqualTo((up.State.Id, "rtmp://live.example.com/app/other")));
        Record("LiveTranscodeJob: a timed job started, then streamInput changed", "previewed as a replacement; up replaced it",
            await LostAsync("liveTranscodeJobs", o => (string?)o["JobId"], up.State.Id));
    }

    /// <summary>One row of the report: what the preview planned and `up` did, and how many objects the state lost.</summary>
    private static void Record(string what, string observed, int lost) =>
        ReliabilityReport.RecordFigure(ReportSections.StateIntegrity, what + " between two previews", $"{observed}; objects lost: {lost}");

    /// <summary>Objects in the cloud that the state does not record, plus the recorded one when the cloud lacks it.</summary>
    private async Task<int> LostAsync(string kind, Func<System.Text.Json.Nodes.JsonNode, string?> id, string recorded)
    {
        var ids = (await CloudObjectsAsync(kind)).Select(o => id(o!)).ToList();
        return ids.Count(i => i != recorded) + (ids.Contains(recorded) ? 0 : 1);
    }

    /// <summary>A live task in cn-shanghai starting in an hour.</summary>
    private static PropertyMap Task() => Json.Map($$"""
        {"region": "cn-shanghai", "sourceType": "live", "sourceProtocol": "rtmp", "sourceUrls": ["rtmp://source.example.com/app/in"],
         "dstUrl": "rtmp://push.example.com/app/rbu", "startTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(1))}}",
         "endTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(3))}}"}
        """);
}
