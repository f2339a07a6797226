using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests;

/// <summary>
/// What the plugin accepts and sends follows the official API pages: one test per place where the newest
/// pages corrected an earlier rule (docs/api-rules.md lists each page and rule), through the built plugin and the emulator.
/// </summary>
public sealed class ApiPageFindingTests : LifecycleFixture
{
    private const string IceJob = "alicloud-live:ice:LiveTranscodeJob";
    private const string PullToPushTask = "alicloud-live:live:PullToPushTask";
    private const string RecordVodConfig = "alicloud-live:live:RecordVodConfig";
    private const string EdgeJob = "alicloud-live:live:EdgeTranscodeJob";

    private static PropertyMap Immediate() => Json.Map("""
        {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"},
         "transcodeOutput": {"domainName": "play.example.com"}}
        """);

    private static PropertyMap Timed(PropertyMap timedConfig) => Immediate().With("startMode", "Timed").With("timedConfig", timedConfig);

    private static DateTimeOffset In(TimeSpan fromNow) => DateTimeOffset.UtcNow + fromNow;

    private static PropertyMap Window(DateTimeOffset start, DateTimeOffset end) => PropertyMap.Empty.With("startTime", start).With("endTime", end);

    [Test]
    public async Task A_pull_to_push_task_in_cn_shenzhen_passes_check_and_is_created_and_refreshed_there()
    {
        var inputs = Json.Map($$"""
            {"region": "cn-shenzhen", "sourceType": "vod", "sourceUrls": ["media-1"], "dstUrl": "rtmp://push.example.com/app/sz",
             "startTime": "{{Utc(In(TimeSpan.FromHours(1)))}}", "endTime": "{{Utc(In(TimeSpan.FromHours(3)))}}"}
            """);

        var task = await Engine.CreateAsync(PullToPushTask, "sz", inputs);

        Assert.That(task.Outputs.GetString("region"), Is.EqualTo("cn-shenzhen"));
        Assert.That((await Engine.RefreshAsync(task))?.Id, Is.EqualTo(task.Id));
        await Engine.DeleteAsync(task);
    }

    [TestCase("startTime", TestName = "A timed job with only a start time is created")]
    [TestCase("endTime", TestName = "A timed job with only an end time is created")]
    public async Task Timed_config_times_are_each_optional(string only)
    {
        var job = await Engine.CreateAsync(IceJob, "timed", Timed(PropertyMap.Empty.With(only, In(TimeSpan.FromHours(1)))));

        Assert.That(job.Inputs.GetObject("timedConfig")!.Keys, Is.EqualTo(new[] { only }));
        await Engine.DeleteAsync(job);
    }

    [Test]
    public async Task Timed_config_is_ignored_not_rejected_when_start_mode_is_immediate_and_a_change_to_it_sends_nothing()
    {
        var job = await Engine.CreateAsync(IceJob, "immediate", Immediate().With("timedConfig", Window(In(TimeSpan.FromHours(1)), In(TimeSpan.FromHours(2)))));
        Assert.That(job.Outputs.GetString("status"), Is.EqualTo("Running"), "an Immediate job starts at once");

        var later = PropertyMap.Empty.With("startTime", In(TimeSpan.FromHours(5)));
        var outcome = await Engine.UpdateAsync(job, job.Inputs.With("timedConfig", later));

        // The emulator answers IncorrectJobStatus to a TimedConfig sent for a job that is not timed: the update sent none.
        Assert.That(outcome.Replaced, Is.False, "a change to an ignored setting replaces nothing");
        await Engine.DeleteAsync(outcome.State);
    }

    [Test]
    public async Task A_start_time_more_than_7_days_in_the_past_fails_check_and_a_past_end_time_does_not()
    {
        var stale = Timed(Window(In(TimeSpan.FromDays(-8)), In(TimeSpan.FromHours(1))));
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(IceJob, "stale", stale));
        Assert.That(failure!.Reports("timedConfig.startTime", "must be within 7 days of now, before or after"), Is.True, failure.Message);

        var ended = Timed(Window(In(TimeSpan.FromHours(-2)), In(TimeSpan.FromHours(-1))));
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(IceJob, "ended", ended), "no page says the end must be in the future");
    }

    [Test]
    public async Task Record_content_is_sent_only_when_set()
    {
        var config = await Engine.CreateAsync(RecordVodConfig, "rec", Json.Map("""
            {"domainName": "live.example.com", "appName": "app", "vodTranscodeGroupId": "vod-group-default"}
            """));

        Assert.That(config.Inputs.ContainsKey("recordContent"), Is.False, "no default is invented");
        var cloud = (await CloudObjectsAsync("recordVodConfigs"))[0]!.AsObject();
        Assert.That(cloud.ContainsKey("RecordContent"), Is.False, cloud.ToJsonString());
    }

    [Test]
    public async Task On_demand_2_passes_check_and_updates_in_place()
    {
        var inputs = Json.Map("""{"domainName": "live.example.com", "appName": "app", "vodTranscodeGroupId": "vod-group-default"}""");
        var config = await Engine.CreateAsync(RecordVodConfig, "rec", inputs);

        var outcome = await Engine.UpdateAsync(config, inputs.With("onDemand", 2));

        Assert.That(outcome.Replaced, Is.False);
        Assert.That(outcome.State.Outputs.GetNumber("onDemand"), Is.EqualTo(2));
    }

    [Test]
    public async Task An_edge_stream_output_that_differs_from_its_input_only_in_letter_case_is_accepted()
    {
        var job = await Engine.CreateAsync(EdgeJob, "edge", Json.Map("""
            {"clusterId": "edge-cluster-1", "templateId": "edge-tpl-1080p", "streamInput": "rtmp://live.example.com/app/stream",
             "streamOutput": "rtmp://live.example.com/app/Stream"}
            """));

        Assert.That(job.Outputs.GetString("streamOutput"), Is.EqualTo("rtmp://live.example.com/app/Stream"));
        await Engine.DeleteAsync(job);
    }

    [Test]
    public async Task A_string_with_no_documented_length_is_bounded_by_the_plugins_own_limit_which_the_message_names()
    {
        var huge = Immediate().With("templateId", new string('t', 70_000));

        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(IceJob, "huge", huge));

        Assert.That(failure!.Reports("templateId", "must be at most 65536 characters long"), Is.True, failure.Message);
        Assert.That(failure.Message, Does.Contain("no API page gives a length for it, this is the plugin's own limit against absurd input"));
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(IceJob, "long", Immediate().With("templateId", new string('t', 3000))),
            "3,000 characters were over the old invented 2,000 cap");
    }
}
