using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Signing;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>What each operation puts on the wire: method, action, version, query and encodings.</summary>
public sealed class RequestBuildingTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 1, 3, 3, 4, 5, TimeSpan.Zero);

    private FakeHttpHandler _handler = null!;
    private AlibabaCloudClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        _client = TestClients.Create(_handler);
    }

    [TearDown]
    public void TearDown() => _client.Dispose();

    [Test]
    public async Task SubmitLiveTranscodeJob_sends_shrunk_JSON_objects()
    {
        await _client.Ice.SubmitLiveTranscodeJobAsync(new SubmitLiveTranscodeJobRequest(
            "job-1", "tpl-1", 1, new LiveStreamInput("rtmp", "rtmp://in.example.com/app/s?a=1&b=2"),
            new LiveTranscodeOutput("LiveCenter", "live.example.com"), new LiveTimedConfig(Start, End)));

        var sent = AssertSent("POST", "SubmitLiveTranscodeJob", "2020-11-09", "http://127.0.0.1:8081/");
        Assert.That(sent.Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Name"] = "job-1",
            ["TemplateId"] = "tpl-1",
            ["StartMode"] = "1",
            ["StreamInput"] = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/app/s?a=1&b=2"}""",
            ["TranscodeOutput"] = """{"Type":"LiveCenter","DomainName":"live.example.com"}""",
            ["TimedConfig"] = """{"StartTime":"2026-01-02T03:04:05Z","EndTime":"2026-01-03T03:04:05Z"}""",
        }));
    }

    [Test]
    public async Task UpdateLiveTranscodeJob_sends_only_what_is_set()
    {
        await _client.Ice.UpdateLiveTranscodeJobAsync(new UpdateLiveTranscodeJobRequest("job-9") { Name = "renamed" });

        var sent = AssertSent("POST", "UpdateLiveTranscodeJob", "2020-11-09", "http://127.0.0.1:8081/");
        Assert.That(sent.Query, Is.EquivalentTo(new Dictionary<string, string> { ["JobId"] = "job-9", ["Name"] = "renamed" }));
    }

    [Test]
    public async Task UpdateLiveTranscodeJob_leaves_empty_JSON_fields_out()
    {
        await _client.Ice.UpdateLiveTranscodeJobAsync(new UpdateLiveTranscodeJobRequest("job-9")
        {
            TimedConfig = new LiveTimedConfig(null, End),
            TranscodeOutput = new LiveTranscodeOutput("LiveCenter", null),
        });

        var query = AssertSent("POST", "UpdateLiveTranscodeJob", "2020-11-09", "http://127.0.0.1:8081/").Query;
        Assert.That(query["TimedConfig"], Is.EqualTo("""{"EndTime":"2026-01-03T03:04:05Z"}"""));
        Assert.That(query["TranscodeOutput"], Is.EqualTo("""{"Type":"LiveCenter"}"""));
        Assert.That(query.ContainsKey("StreamInput"), Is.False);
    }

    [Test]
    public async Task ICE_job_reads_and_commands_are_posts()
    {
        await _client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j1"));
        await _client.Ice.DeleteLiveTranscodeJobAsync(new DeleteLiveTranscodeJobRequest("j1"));
        await _client.Ice.SendLiveTranscodeJobCommandAsync(new SendLiveTranscodeJobCommandRequest("j1"));
        await _client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { KeyWord = "job", PageNo = 2, PageSize = 100 });
        await _client.Ice.GetLiveTranscodeTemplateAsync(new GetLiveTranscodeTemplateRequest("tpl"));

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Method), Is.All.EqualTo("POST"));
        Assert.That(requests.Select(r => r.Headers["x-acs-action"]), Is.EqualTo(new[]
        {
            "GetLiveTranscodeJob", "DeleteLiveTranscodeJob", "SendLiveTranscodeJobCommand", "ListLiveTranscodeJobs", "GetLiveTranscodeTemplate",
        }));
        Assert.That(requests[2].Query, Is.EquivalentTo(new Dictionary<string, string> { ["JobId"] = "j1", ["Command"] = "stop" }));
        Assert.That(requests[3].Query, Is.EquivalentTo(new Dictionary<string, string> { ["KeyWord"] = "job", ["PageNo"] = "2", ["PageSize"] = "100" }));
        Assert.That(requests[4].Query, Is.EquivalentTo(new Dictionary<string, string> { ["TemplateId"] = "tpl" }));
    }

    [Test]
    public async Task CreateLivePullToPush_is_a_post_with_JSON_SourceUrls_and_ISO_times()
    {
        await _client.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-beijing", Start, End, "url", ["http://a.example.com/1.mp4", "http://a.example.com/直播 2.flv"], "rtmp://push.example.com/app/s")
        {
            TaskName = "t",
            RepeatNumber = -1,
            RetryCount = 3,
            RetryInterval = 60,
            FileIndex = 2,
            Offset = 10,
            CallbackUrl = "https://cb.example.com/x",
        });

        var sent = AssertSent("POST", "CreateLivePullToPush", "2016-11-01", "http://127.0.0.1:8080/");
        Assert.That(sent.Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Region"] = "cn-beijing",
            ["StartTime"] = "2026-01-02T03:04:05Z",
            ["EndTime"] = "2026-01-03T03:04:05Z",
            ["SourceType"] = "url",
            ["SourceUrls"] = """["http://a.example.com/1.mp4","http://a.example.com/直播 2.flv"]""",
            ["DstUrl"] = "rtmp://push.example.com/app/s",
            ["TaskName"] = "t",
            ["RepeatNumber"] = "-1",
            ["RetryCount"] = "3",
            ["RetryInterval"] = "60",
            ["FileIndex"] = "2",
            ["Offset"] = "10",
            ["CallbackUrl"] = "https://cb.example.com/x",
        }));
    }

    [Test]
    public async Task Pull_to_push_reads_and_changes_are_gets()
    {
        var task = new PullToPushTaskRequest("task-1", "cn-shanghai");
        await _client.Live.DescribeLivePullToPushAsync(task);
        await _client.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest("cn-shanghai") { PageSize = 1 });
        await _client.Live.UpdateLivePullToPushAsync(new UpdateLivePullToPushRequest("task-1", "cn-shanghai") { SourceUrls = ["rtmp://s/a"], EndTime = End });
        await _client.Live.DeleteLivePullToPushAsync(task);
        await _client.Live.StopLivePullToPushAsync(task);
        await _client.Live.RestartLivePullToPushAsync(task);

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Method), Is.All.EqualTo("GET"));
        Assert.That(requests.Select(r => r.Headers["x-acs-action"]), Is.EqualTo(new[]
        {
            "DescribeLivePullToPush", "DescribeLivePullToPushList", "UpdateLivePullToPush", "DeleteLivePullToPush", "StopLivePullToPush", "RestartLivePullToPush",
        }));
        Assert.That(requests[1].Query, Is.EquivalentTo(new Dictionary<string, string> { ["Region"] = "cn-shanghai", ["PageSize"] = "1" }));
        Assert.That(requests[2].Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["TaskId"] = "task-1",
            ["Region"] = "cn-shanghai",
            ["SourceUrls"] = """["rtmp://s/a"]""",
            ["EndTime"] = "2026-01-03T03:04:05Z",
        }));
        foreach (var i in new[] { 0, 3, 4, 5 })
        {
            Assert.That(requests[i].Query, Is.EquivalentTo(new Dictionary<string, string> { ["TaskId"] = "task-1", ["Region"] = "cn-shanghai" }));
        }
    }

    [Test]
    public async Task AddLiveRecordVodConfig_flattens_lists_one_based()
    {
        await _client.Live.AddLiveRecordVodConfigAsync(new AddLiveRecordVodConfigRequest("live.example.com", "app", "group-1")
        {
            StreamName = "s",
            CycleDuration = 3600,
            AutoCompose = true,
            ComposeVodTranscodeGroupId = "group-2",
            OnDemand = 7,
            StorageLocation = "bucket.oss",
            DelayTime = 15,
            RecordContent = "raw,transcode",
            TranscodeTemplates = ["tpl-a", "tpl-b"],
            RecordFormats = [new RecordFormat("m3u8") { SliceDuration = 30 }, new RecordFormat("mp4") { Tags = "x" }],
            SpaceId = "space",
        });

        var sent = AssertSent("POST", "AddLiveRecordVodConfig", "2016-11-01", "http://127.0.0.1:8080/");
        Assert.That(sent.Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["DomainName"] = "live.example.com",
            ["AppName"] = "app",
            ["StreamName"] = "s",
            ["VodTranscodeGroupId"] = "group-1",
            ["CycleDuration"] = "3600",
            ["AutoCompose"] = "ON",
            ["ComposeVodTranscodeGroupId"] = "group-2",
            ["OnDemand"] = "7",
            ["StorageLocation"] = "bucket.oss",
            ["DelayTime"] = "15",
            ["RecordContent"] = "raw,transcode",
            ["TranscodeTemplates.1"] = "tpl-a",
            ["TranscodeTemplates.2"] = "tpl-b",
            ["RecordFormat.1.Format"] = "m3u8",
            ["RecordFormat.1.SliceDuration"] = "30",
            ["RecordFormat.2.Format"] = "mp4",
            ["RecordFormat.2.Tags"] = "x",
            ["SpaceId"] = "space",
        }));
    }

    [Test]
    public async Task Record_config_update_delete_and_describe()
    {
        await _client.Live.UpdateLiveRecordVodConfigAsync(new UpdateLiveRecordVodConfigRequest("d", "a", "g") { AutoCompose = false });
        await _client.Live.DeleteLiveRecordVodConfigAsync(new DeleteLiveRecordVodConfigRequest("d", "a"));
        await _client.Live.DescribeLiveRecordVodConfigsAsync(new DescribeLiveRecordVodConfigsRequest("d") { AppName = "a", PageNum = 1, PageSize = 5 });

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Method), Is.All.EqualTo("POST"));
        Assert.That(requests[0].Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["DomainName"] = "d",
            ["AppName"] = "a",
            ["VodTranscodeGroupId"] = "g",
            ["AutoCompose"] = "OFF",
        }));
        Assert.That(requests[1].Query, Is.EquivalentTo(new Dictionary<string, string> { ["DomainName"] = "d", ["AppName"] = "a" }));
        Assert.That(requests[2].Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["DomainName"] = "d",
            ["AppName"] = "a",
            ["PageNum"] = "1",
            ["PageSize"] = "5",
        }));
    }

    [Test]
    public async Task Edge_operations_are_posts_naming_the_cluster()
    {
        var job = new EdgeTranscodeJobRequest("cluster-1", "job-1");
        await _client.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest("cluster-1", "名字-a_b", "tpl", "rtmp://in/a", "rtmp://out/b"));
        await _client.Live.GetEdgeTranscodeJobAsync(job);
        await _client.Live.ListEdgeTranscodeJobAsync(new ListEdgeTranscodeJobRequest("cluster-1") { Status = 1, PageSize = 100 });
        await _client.Live.UpdateEdgeTranscodeJobAsync(new UpdateEdgeTranscodeJobRequest("cluster-1", "job-1") { TemplateId = "tpl-2" });
        await _client.Live.StartEdgeTranscodeJobAsync(job);
        await _client.Live.StopEdgeTranscodeJobAsync(job);
        await _client.Live.DeleteEdgeTranscodeJobAsync(job);

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Method), Is.All.EqualTo("POST"));
        Assert.That(requests.Select(r => r.Query["ClusterId"]), Is.All.EqualTo("cluster-1"));
        Assert.That(requests.Select(r => r.Headers["x-acs-action"]), Is.EqualTo(new[]
        {
            "CreateEdgeTranscodeJob", "GetEdgeTranscodeJob", "ListEdgeTranscodeJob", "UpdateEdgeTranscodeJob",
            "StartEdgeTranscodeJob", "StopEdgeTranscodeJob", "DeleteEdgeTranscodeJob",
        }));
        Assert.That(requests[0].Query, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["ClusterId"] = "cluster-1",
            ["Name"] = "名字-a_b",
            ["TemplateId"] = "tpl",
            ["StreamInput"] = "rtmp://in/a",
            ["StreamOutput"] = "rtmp://out/b",
        }));
        Assert.That(requests[2].Query, Is.EquivalentTo(new Dictionary<string, string> { ["ClusterId"] = "cluster-1", ["Status"] = "1", ["PageSize"] = "100" }));
        Assert.That(requests[3].Query, Is.EquivalentTo(new Dictionary<string, string> { ["ClusterId"] = "cluster-1", ["JobId"] = "job-1", ["TemplateId"] = "tpl-2" }));
    }

    [Test]
    public async Task Every_request_is_signed_with_fresh_nonce_and_empty_body()
    {
        await _client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai"));
        await _client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai"));

        var (first, second) = (_handler.Requests[0], _handler.Requests[1]);
        Assert.That(first.Headers["x-acs-content-sha256"], Is.EqualTo(AcsV3Signer.EmptyPayloadHash));
        Assert.That(first.Headers["x-acs-date"], Is.EqualTo("2026-01-01T00:00:00Z"));
        Assert.That(first.Headers["x-acs-signature-nonce"], Is.Not.EqualTo(second.Headers["x-acs-signature-nonce"]));
        Assert.That(first.Headers["authorization"], Does.StartWith("ACS3-HMAC-SHA256 Credential=LTAI"));
        Assert.That(first.HasBody, Is.False);
        Assert.That(first.Headers.ContainsKey("x-acs-security-token"), Is.False);
    }

    private RecordedRequest AssertSent(string method, string action, string version, string endpoint)
    {
        var sent = _handler.Requests.Single();
        Assert.That(sent.Method, Is.EqualTo(method));
        Assert.That(sent.Headers["x-acs-action"], Is.EqualTo(action));
        Assert.That(sent.Headers["x-acs-version"], Is.EqualTo(version));
        Assert.That(sent.Uri.GetLeftPart(UriPartial.Path), Is.EqualTo(endpoint));
        return sent;
    }
}
