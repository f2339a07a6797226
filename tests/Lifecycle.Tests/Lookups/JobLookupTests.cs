using System.Globalization;
using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.Lookups.Lookups;

namespace AlicloudLive.Lifecycle.Tests.Lookups;

/// <summary>
/// getLiveTranscodeJob, getEdgeTranscodeJobs, getPullToPushTasks and getRecordVodConfigs through the built plugin
/// against the emulator, over objects made by the plugin and outside it.
/// </summary>
public sealed class JobLookupTests : LifecycleFixture
{
    private const string JobToken = "alicloud-live:ice:getLiveTranscodeJob";
    private const string EdgeJobsToken = "alicloud-live:live:getEdgeTranscodeJobs";
    private const string TasksToken = "alicloud-live:live:getPullToPushTasks";
    private const string RecordToken = "alicloud-live:live:getRecordVodConfigs";
    private const string Cluster = "edge-cluster-1";

    protected override string[] EmulatorArgs => ["--no-throttle"];

    [Test]
    public async Task A_live_transcode_job_is_looked_up_by_id_with_the_fields_the_resource_reports()
    {
        var job = await Engine.CreateAsync("alicloud-live:ice:LiveTranscodeJob", "job", Json.Map("""
            {"name": "lookup-me", "templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/cam"},
             "transcodeOutput": {"domainName": "play.example.com"}}
            """));

        var found = await ResultAsync(Plugin, JobToken, Json.Map($$"""{"jobId": "{{job.Id}}"}"""));

        foreach (var key in new[] { "name", "templateId", "startMode", "status", "templateName", "templateType", "streamInput", "transcodeOutput", "outputStreams", "createTime" })
        {
            Assert.That(found.GetOrNull(key), Is.EqualTo(job.Outputs.GetOrNull(key)), key);
        }

        Assert.That(found.GetString("jobId"), Is.EqualTo(job.Id));
        Assert.That(found.GetString("status"), Is.EqualTo("Running"));
        Assert.That(found.GetString("templateName"), Is.EqualTo("hd"));
    }

    [Test]
    public async Task A_missing_job_is_not_found_naming_the_id_and_the_clouds_code()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Plugin.InvokeAsync(JobToken, Json.Map("""{"jobId": "no-such-job"}""")))!;
        var empty = await Plugin.InvokeAsync(JobToken, Json.Map("""{"jobId": ""}"""));

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(error.Message, Does.Contain("'no-such-job'").And.Contain("GetLiveTranscodeJob").And.Contain("JobNotFound"));
        Assert.That(empty.Failures.Select(f => (f.Property, f.Reason)), Is.EqualTo(new[] { ("jobId", "must not be empty") }));
    }

    [Test]
    public async Task A_secret_job_id_stays_secret_and_makes_the_whole_result_secret()
    {
        var job = await Engine.CreateAsync("alicloud-live:ice:LiveTranscodeJob", "job", Json.Map("""
            {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/cam"}, "transcodeOutput": {"domainName": "play.example.com"}}
            """));

        var response = await Plugin.InvokeAsync(JobToken, PropertyMap.Of(("jobId", new SecretValue(PropertyValue.From(job.Id)))));

        var result = StructCodec.Decode(response.Return);
        Assert.That(result["jobId"], Is.EqualTo(new SecretValue(PropertyValue.From(job.Id))));
        Assert.That(result.Where(kv => !SecretValues.IsSecret(kv.Value)).Select(kv => kv.Key), Is.Empty);
        Assert.That(SecretValues.Reveal(result["templateId"]), Is.EqualTo(PropertyValue.From("ice-tpl-hd")));
    }

    [Test]
    public async Task A_lookup_in_preview_reads_the_cloud_and_changes_nothing()
    {
        var job = await Engine.CreateAsync("alicloud-live:ice:LiveTranscodeJob", "job", Json.Map("""
            {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/cam"}, "transcodeOutput": {"domainName": "play.example.com"}}
            """));
        var calls = await Emulator.CallsAsync();

        var found = await ResultAsync(Plugin, JobToken, Json.Map($$"""{"jobId": "{{job.Id}}"}"""), preview: true);

        var after = await Emulator.CallsAsync();
        Assert.That(found.GetString("status"), Is.EqualTo("Running"));
        var changed = after.Where(kv => (int)kv.Value!["calls"]! != ((int?)calls[kv.Key]?["calls"] ?? 0)).Select(kv => kv.Key);
        Assert.That(changed, Is.EqualTo(new[] { "GetLiveTranscodeJob" }), "only a read");
    }

    [Test]
    public async Task Lookups_fail_with_failed_precondition_on_a_provider_that_was_never_configured()
    {
        await using var unconfigured = await PluginSession.StartAsync();

        var error = Assert.ThrowsAsync<RpcException>(() => unconfigured.InvokeAsync(JobToken, Json.Map("""{"jobId": "j"}"""), preview: true))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("not configured"));
    }

    [Test]
    public async Task Edge_jobs_are_read_across_pages_and_filtered_by_name_keyword_and_status()
    {
        using var client = OutOfBand(Emulator);
        var ids = new List<string>();
        foreach (var i in Enumerable.Range(0, 101))
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var created = await client.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest(
                Cluster, i == 0 ? "cam" : $"cam-{n}", "edge-tpl-720p", $"rtmp://live.example.com/app/in{n}", $"rtmp://push.example.com/app/out{n}"));
            ids.Add(created.JobId!);
        }

        await client.Live.StartEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest(Cluster, ids[5]));
        var listsBefore = await CallsToAsync(Emulator, "ListEdgeTranscodeJob");

        var all = await ResultAsync(Plugin, EdgeJobsToken, Json.Map($$"""{"clusterId": "{{Cluster}}"}"""));
        var pages = await CallsToAsync(Emulator, "ListEdgeTranscodeJob") - listsBefore;
        var byName = await ResultAsync(Plugin, EdgeJobsToken, Json.Map($$"""{"clusterId": "{{Cluster}}", "name": "cam"}"""));
        var byKeyword = await ResultAsync(Plugin, EdgeJobsToken, Json.Map($$"""{"clusterId": "{{Cluster}}", "keyword": "{{ids[7]}}"}"""));
        var running = await ResultAsync(Plugin, EdgeJobsToken, Json.Map($$"""{"clusterId": "{{Cluster}}", "status": "Running"}"""));

        Assert.That(Ids(all), Is.EquivalentTo(ids.Select(id => $"{Cluster}/{id}")), "ids are EdgeTranscodeJob resource ids");
        Assert.That(pages, Is.EqualTo(2));
        Assert.That(Ids(byName), Is.EqualTo(new[] { $"{Cluster}/{ids[0]}" }), "the exact name drops cam-N");
        Assert.That(Ids(byKeyword), Is.EqualTo(new[] { $"{Cluster}/{ids[7]}" }));
        var job = Items(running, "jobs").Single();
        Assert.That((job.GetString("jobId"), job.GetString("status"), job.GetString("name")), Is.EqualTo((ids[5], "Running", "cam-5")));
        Assert.That(job.GetString("streamOutput"), Is.EqualTo("rtmp://push.example.com/app/out5"));
        Assert.That(job.GetString("templateId"), Is.EqualTo("edge-tpl-720p"));
    }

    [Test]
    public async Task Pull_to_push_tasks_are_filtered_by_name_in_the_cloud_and_by_status_in_the_provider()
    {
        using var client = OutOfBand(Emulator);
        var now = await Emulator.NowAsync();
        var running = await CreateTaskAsync(client, "cam-a", now.AddHours(1), "a");
        var stopped = await CreateTaskAsync(client, "cam-b", now.AddHours(1), "b");
        await Emulator.AdvanceClockAsync(TimeSpan.FromMinutes(61));
        var waiting = await CreateTaskAsync(client, "other-c", now.AddHours(3), "c");
        await client.Live.StopLivePullToPushAsync(new PullToPushTaskRequest(stopped, "cn-shanghai"));

        var cams = await ResultAsync(Plugin, TasksToken, Json.Map("""{"region": "cn-shanghai", "taskName": "cam"}"""));
        var byStatus = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var status in new[] { "Running", "Stopped", "NotStarted" })
        {
            byStatus[status] = Ids(await ResultAsync(Plugin, TasksToken, Json.Map($$"""{"region": "cn-shanghai", "status": "{{status}}"}""")));
        }

        var elsewhere = await ResultAsync(Plugin, TasksToken, Json.Map("""{"region": "cn-beijing"}"""));

        Assert.That(Ids(cams), Is.EquivalentTo(new[] { running, stopped }));
        Assert.That(byStatus["Running"], Is.EqualTo(new[] { running }));
        Assert.That(byStatus["Stopped"], Is.EqualTo(new[] { stopped }));
        Assert.That(byStatus["NotStarted"], Is.EqualTo(new[] { waiting }));
        Assert.That(Ids(elsewhere), Is.Empty);
        var task = Items(cams, "tasks").Single(t => t.GetString("taskId") == running);
        Assert.That(task.GetString("dstUrl"), Is.EqualTo("rtmp://push.example.com/app/a"));
        Assert.That(task.GetArray("sourceUrls"), Is.EqualTo(new[] { PropertyValue.From("rtmp://source.example.com/app/a") }));
        Assert.That(task.GetString("startTime"), Is.EqualTo(Utc(now.AddHours(1))));
    }

    [Test]
    public async Task Pull_to_push_lookups_reject_a_bad_region_or_status_before_calling()
    {
        var response = await Plugin.InvokeAsync(TasksToken, Json.Map("""{"region": "mars-1", "status": "Paused"}"""));

        Assert.That(response.Failures.Select(f => (f.Property, f.Reason)), Is.EquivalentTo(new[]
        {
            ("region", "must be one of ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai, cn-shenzhen"),
            ("status", "must be one of NotStarted, Running, Abnormal, Stopped, Exited"),
        }));
        Assert.That(await CloudCallCountAsync(), Is.Zero);
    }

    [Test]
    public async Task Record_vod_configs_of_a_domain_are_found_whole_or_by_app_and_stream_with_resource_ids()
    {
        using var client = OutOfBand(Emulator);
        foreach (var (app, stream) in new[] { ("app", ""), ("app", "s1"), ("other", "s2") })
        {
            await client.Live.AddLiveRecordVodConfigAsync(new AddLiveRecordVodConfigRequest("live.example.com", app, "vod-group-default")
            {
                StreamName = stream.Length == 0 ? null : stream,
                CycleDuration = 3600,
            });
        }

        var all = await ResultAsync(Plugin, RecordToken, Json.Map("""{"domainName": "live.example.com"}"""));
        var app1 = await ResultAsync(Plugin, RecordToken, Json.Map("""{"domainName": "live.example.com", "appName": "app"}"""));
        var s1 = await ResultAsync(Plugin, RecordToken, Json.Map("""{"domainName": "live.example.com", "appName": "app", "streamName": "s1"}"""));
        var missing = await Plugin.InvokeAsync(RecordToken, Json.Map("""{"appName": "app"}"""));

        Assert.That(Ids(all), Is.EquivalentTo(new[] { "live.example.com/app/", "live.example.com/app/s1", "live.example.com/other/s2" }));
        Assert.That(Ids(app1), Is.EquivalentTo(new[] { "live.example.com/app/", "live.example.com/app/s1" }));
        var config = Items(s1, "configs").Single();
        Assert.That((config.GetString("id"), config.GetString("vodTranscodeGroupId")), Is.EqualTo(("live.example.com/app/s1", "vod-group-default")));
        Assert.That(config["cycleDuration"], Is.EqualTo(PropertyValue.From(3600)));
        Assert.That(missing.Failures.Select(f => (f.Property, f.Reason)), Is.EqualTo(new[] { ("domainName", "is required") }));
    }

    private static async Task<string> CreateTaskAsync(AlibabaCloudClient client, string name, DateTimeOffset start, string suffix)
    {
        var created = await client.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", start, start.AddHours(2), "live", [$"rtmp://source.example.com/app/{suffix}"], $"rtmp://push.example.com/app/{suffix}")
        {
            TaskName = name,
            SourceProtocol = "rtmp",
        });
        return created.TaskId;
    }
}
