using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>
/// The emulator answers as the official API pages say: one test per place where the newest pages
/// corrected an earlier rule (docs/api-rules.md lists each page and rule).
/// </summary>
public sealed class ApiPageFindingTests : EmulatorFixture
{
    private static Dictionary<string, string> PullToPush(string region = "cn-shenzhen", string dst = "rtmp://push.example.com/app/s1") => new()
    {
        ["Region"] = region,
        ["TaskName"] = "task-1",
        ["SourceType"] = "vod",
        ["SourceUrls"] = """["media-1"]""",
        ["DstUrl"] = dst,
        ["StartTime"] = At(TimeSpan.FromMinutes(-1)),
        ["EndTime"] = At(TimeSpan.FromHours(3)),
    };

    private static Dictionary<string, string> RecordConfig(string? onDemand = null) => new()
    {
        ["DomainName"] = "live.example.com",
        ["AppName"] = "app1",
        ["VodTranscodeGroupId"] = "vod-group-default",
        ["OnDemand"] = onDemand ?? "0",
    };

    private static Dictionary<string, string> ImmediateIceJob(string inputUrl) => new()
    {
        ["Name"] = "job",
        ["TemplateId"] = "ice-tpl-hd",
        ["StartMode"] = "0",
        ["StreamInput"] = $$"""{"Type":"rtmp","InputUrl":"{{inputUrl}}"}""",
        ["TranscodeOutput"] = """{"Type":"LiveCenter","DomainName":"play.example.com"}""",
    };

    [Test]
    public async Task A_pull_to_push_task_in_cn_shenzhen_is_created_and_read_there()
    {
        var id = (string)(await Client.CallAsync("CreateLivePullToPush", PullToPush())).Ok()["TaskId"]!;

        var described = (await Client.CallAsync("DescribeLivePullToPush", ("TaskId", id), ("Region", "cn-shenzhen"))).Ok();
        Assert.That((string?)described["TaskInfo"]["TaskId"], Is.EqualTo(id));
        var listed = (await Client.CallAsync("DescribeLivePullToPushList", ("Region", "cn-shenzhen"))).Ok();
        Assert.That((int)listed["Total"], Is.EqualTo(1));
    }

    [Test]
    public async Task Record_content_is_not_invented_when_the_client_sends_none()
    {
        (await Client.CallAsync("AddLiveRecordVodConfig", RecordConfig())).Ok();

        var config = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"))).Ok()["LiveRecordVodConfigs"]["LiveRecordVodConfig"]![0]!;
        Assert.That(config.AsObject().ContainsKey("RecordContent"), Is.False, config.ToJsonString());
    }

    [Test]
    public async Task On_demand_2_is_taken_by_update_as_its_page_documents_and_refused_by_add_which_documents_0_and_1()
    {
        (await Client.CallAsync("AddLiveRecordVodConfig", RecordConfig("2"))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("AddLiveRecordVodConfig", RecordConfig())).Ok();

        (await Client.CallAsync("UpdateLiveRecordVodConfig", RecordConfig("2"))).Ok();

        var config = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"))).Ok()["LiveRecordVodConfigs"]["LiveRecordVodConfig"]![0]!;
        Assert.That((int)config["OnDemand"]!, Is.EqualTo(2));
    }

    [Test]
    public async Task Describe_live_record_vod_configs_allows_1000_calls_a_minute_the_stricter_of_its_pages()
    {
        var answers = await BurstAsync(1001, () => Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com")));

        Assert.That(answers.Count(a => a.Code == "Throttling.User"), Is.EqualTo(1), "the 1,001st call within a minute");
        Assert.That(answers.Count(a => a.Code is null), Is.EqualTo(1000));
    }

    [Test]
    public async Task Edge_template_lookups_allow_6000_calls_a_minute()
    {
        var answers = await BurstAsync(6001, () => Client.CallAsync("ListEdgeTranscodeTemplate", ("ClusterId", "edge-cluster-1"), ("PageSize", "1")));

        Assert.That(answers.Count(a => a.Code == "Throttling.User"), Is.EqualTo(1), "the 6,001st call within a minute");
    }

    [Test]
    public async Task List_edge_transcode_job_shows_only_jobs_operated_on_in_the_last_180_days()
    {
        var job = new Dictionary<string, string>
        {
            ["ClusterId"] = "edge-cluster-1",
            ["Name"] = "old_job",
            ["TemplateId"] = "edge-tpl-1080p",
            ["StreamInput"] = "rtmp://in.example.com/app/s",
            ["StreamOutput"] = "rtmp://out.example.com/app/s",
        };
        var id = (string)(await Client.CallAsync("CreateEdgeTranscodeJob", job)).Ok()["JobId"]!;

        await Client.AdvanceClockAsync(TimeSpan.FromDays(181));

        var listed = (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Ok();
        Assert.That((int)listed["TotalCount"], Is.Zero);
        (await Client.CallAsync("GetEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("JobId", id))).Ok();
        (await Client.CallAsync("StartEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("JobId", id))).Ok();
        listed = (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Ok();
        Assert.That((int)listed["TotalCount"], Is.EqualTo(1), "a start is an operation");
    }

    [Test]
    public async Task Ice_state_conflicts_are_not_answered_with_a_permission_code()
    {
        var job = ImmediateIceJob("rtmp://in.example.com/live/cam1");
        var id = (string)(await Client.CallAsync("SubmitLiveTranscodeJob", job)).Ok()["JobId"]!;

        var delete = await Client.CallAsync("DeleteLiveTranscodeJob", ("JobId", id));

        delete.Fails("IncorrectJobStatus", 409);
        Assert.That(delete.Code, Is.Not.AnyOf("OperationDenied", "Forbidden", "NoPermission"));
    }

    [Test]
    public async Task The_rtmp_scheme_is_accepted_in_any_letter_case()
    {
        (await Client.CallAsync("CreateLivePullToPush", PullToPush("cn-beijing", "RTMP://push.example.com/app/upper"))).Ok();
        var job = ImmediateIceJob("Rtmp://in.example.com/live/cam1");
        (await Client.CallAsync("SubmitLiveTranscodeJob", job)).Ok();
    }

    [Test]
    public async Task A_task_whose_source_fails_is_stopped_status_3_as_the_cloud_stops_it()
    {
        var id = (string)(await Client.CallAsync("CreateLivePullToPush", PullToPush("cn-beijing"))).Ok()["TaskId"]!;

        var (status, _) = await Client.AdminPostAsync($"tasks/{id}/status", """{"status": "SourceFailed"}""");

        Assert.That(status, Is.EqualTo(200));
        var described = (await Client.CallAsync("DescribeLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Ok();
        Assert.That((int)described["TaskStatus"], Is.EqualTo(3));
    }

    /// <summary>Calls at once, 32 in flight, all within the minute the limit counts.</summary>
    private static async Task<List<ApiResponse>> BurstAsync(int calls, Func<Task<ApiResponse>> call)
    {
        using var gate = new SemaphoreSlim(32);
        var answers = await Task.WhenAll(Enumerable.Range(0, calls).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                return await call();
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. answers];
    }
}
