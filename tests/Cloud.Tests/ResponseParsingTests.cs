using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>Typed responses read every documented shape quirk.</summary>
public sealed class ResponseParsingTests
{
    private static async Task<T> ParseAsync<T>(string body, Func<AlibabaCloudClient, Task<T>> call)
    {
        using var client = TestClients.Create(new FakeHttpHandler().RespondOk(body));
        return await call(client);
    }

    [TestCase("1", LiveTranscodeJobStatus.Running)]
    [TestCase("\"2\"", LiveTranscodeJobStatus.Stopped)]
    [TestCase("0", LiveTranscodeJobStatus.NotStarted)]
    public async Task ICE_job_status_as_int_or_string(string status, LiveTranscodeJobStatus expected)
    {
        var response = await ParseAsync(
            $$$$"""
            {"RequestId":"r1","Job":{"JobId":"j1","Name":"n","StartMode":1,"Status":{{{{status}}}},"TemplateId":"t","TemplateName":"hd",
             "TemplateType":"normal","CreateTime":"2026-01-01T00:00:00Z","StreamInput":{"Type":"rtmp","InputUrl":"rtmp://in/a"},
             "OutputStream":{"StreamInfos":[{"Type":"rtmp","OutputUrl":"rtmp://out/a_hd"}]}}}
            """,
            c => c.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j1")));

        Assert.That(response.RequestId, Is.EqualTo("r1"));
        Assert.That(response.Job, Is.EqualTo(response.Job with
        {
            JobId = "j1",
            Name = "n",
            StartMode = 1,
            Status = expected,
            TemplateId = "t",
            TemplateName = "hd",
            TemplateType = "normal",
            StreamInput = new LiveStreamInput("rtmp", "rtmp://in/a"),
        }));
        Assert.That(response.Job.OutputStreams, Is.EqualTo(new[] { new LiveOutputStream("rtmp", "rtmp://out/a_hd") }));
    }

    [TestCase("""{"JobList":[{"JobId":"a","Status":1},{"JobId":"b","Status":"0"}],"TotalCount":"2"}""")]
    [TestCase("""{"JobList":{"Job":[{"JobId":"a","Status":1},{"JobId":"b","Status":0}]},"TotalCount":2}""")]
    public async Task IceJobListBareOrWrapped(string body)
    {
        var response = await ParseAsync(body, c => c.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest()));

        Assert.That(response.TotalCount, Is.EqualTo(2));
        Assert.That(response.Jobs.Select(j => (j.JobId, j.Status)), Is.EqualTo(new[]
        {
            ("a", (LiveTranscodeJobStatus?)LiveTranscodeJobStatus.Running), ("b", LiveTranscodeJobStatus.NotStarted),
        }));
    }

    [TestCase("CallbackURL")]
    [TestCase("CallbackUrl")]
    public async Task Pull_to_push_describe_reads_TaskInfo_and_either_callback_casing(string callbackKey)
    {
        var response = await ParseAsync(
            $$$"""
            {"RequestId":"r","RetCode":0,"TaskId":"t1","TaskStatus":-1,"TaskExitReason":"OverEndTime","TaskExitTime":1767225600,
             "CurrentOffset":"42","CurrentFileIndex":2,
             "TaskInfo":{"TaskId":"t1","TaskName":"n","SourceType":"url","SourceUrls":["http://a/1.mp4","http://a/2.mp4"],
               "DstUrl":"rtmp://d/a","StartTime":"2026-01-01T00:00:00Z","EndTime":"2026-01-02T00:00:00Z",
               "{{{callbackKey}}}":"https://cb","RepeatNumber":"-1","RetryCount":3,"RetryInterval":60,"FileIndex":1,"Offset":5}}
            """,
            c => c.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t1", "cn-shanghai")));

        var task = response.Task;
        Assert.That(task.TaskId, Is.EqualTo("t1"));
        Assert.That(task.TaskStatus, Is.EqualTo(PullToPushTaskStatus.Exited));
        Assert.That(task.TaskExitReason, Is.EqualTo("OverEndTime"));
        Assert.That(task.TaskExitTime, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(task.CurrentOffset, Is.EqualTo(42));
        Assert.That(task.Info.CallbackUrl, Is.EqualTo("https://cb"));
        Assert.That(task.Info.SourceUrls, Is.EqualTo(new[] { "http://a/1.mp4", "http://a/2.mp4" }));
        Assert.That(task.Info.StartTime, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(task.Info.RepeatNumber, Is.EqualTo(-1));
        Assert.That(task.Info.DstUrl, Is.EqualTo("rtmp://d/a"));
    }

    [TestCase("""{"RetCode":0,"Total":"3","PageNumber":1,"PageSize":2,"TaskList":[{"TaskId":"a","TaskStatus":"1"},{"TaskId":"b","TaskStatus":3}]}""")]
    [TestCase("""{"RetCode":0,"Total":3,"PageNumber":"1","PageSize":"2","TaskList":{"Task":[{"TaskInfo":{"TaskId":"a"},"TaskStatus":1},{"TaskId":"b","TaskStatus":"3"}]}}""")]
    public async Task PullToPushListTotalAsStringOrNumberAndItemsEitherShape(string body)
    {
        var response = await ParseAsync(body, c => c.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest("cn-shanghai")));

        Assert.That((response.Total, response.PageNumber, response.PageSize), Is.EqualTo((3, (int?)1, (int?)2)));
        Assert.That(response.Tasks.Select(t => (t.TaskId, t.TaskStatus)), Is.EqualTo(new[]
        {
            ("a", (PullToPushTaskStatus?)PullToPushTaskStatus.Running), ("b", PullToPushTaskStatus.Stopped),
        }));
    }

    [Test]
    public async Task Stop_may_answer_with_a_new_TaskId()
    {
        var response = await ParseAsync("""{"RequestId":"r","RetCode":0,"TaskId":"new-id"}""",
            c => c.Live.StopLivePullToPushAsync(new PullToPushTaskRequest("old-id", "cn-shanghai")));

        Assert.That(response.TaskId, Is.EqualTo("new-id"));
    }

    [TestCase("""{"RecordFormatList":{"RecordFormat":[{"Format":"m3u8","SliceDuration":"30"},{"Format":"flv","SliceDuration":5}]},"TranscodeTemplates":"tpl-a,tpl-b"}""")]
    [TestCase("""{"RecordFormatList":[{"Format":"m3u8","SliceDuration":30},{"Format":"flv","SliceDuration":"5"}],"TranscodeTemplates":"[\"tpl-a\",\"tpl-b\"]"}""")]
    public async Task RecordConfigsTotalAsStringAndFormatListsEitherShape(string formatFields)
    {
        var response = await ParseAsync(
            $$$"""
            {"RequestId":"r","PageNum":1,"PageSize":5,"Total":"1","LiveRecordVodConfigs":{"LiveRecordVodConfig":[
              {"DomainName":"d","AppName":"a","StreamName":"","CycleDuration":3600,"AutoCompose":"ON","OnDemand":"7",
               "VodTranscodeGroupId":"g","ComposeVodTranscodeGroupId":"g2","RecordContent":"raw",{{{formatFields[1..^1]}}}}]}}
            """,
            c => c.Live.DescribeLiveRecordVodConfigsAsync(new DescribeLiveRecordVodConfigsRequest("d")));

        Assert.That(response.Total, Is.EqualTo(1));
        var config = response.Configs.Single();
        Assert.That((config.DomainName, config.AppName, config.StreamName), Is.EqualTo(("d", "a", "")));
        Assert.That(config.AutoCompose, Is.True);
        Assert.That(config.OnDemand, Is.EqualTo(7));
        Assert.That(config.CycleDuration, Is.EqualTo(3600));
        Assert.That(config.TranscodeTemplates, Is.EqualTo(new[] { "tpl-a", "tpl-b" }));
        Assert.That(config.RecordFormats.Select(f => (f.Format, f.SliceDuration)), Is.EqualTo(new[] { ("m3u8", (int?)30), ("flv", 5) }));
    }

    [TestCase("\"1\"", EdgeTranscodeJobStatus.Running)]
    [TestCase("0", EdgeTranscodeJobStatus.NotStarted)]
    public async Task Edge_job_status_string(string status, EdgeTranscodeJobStatus expected)
    {
        var response = await ParseAsync(
            $$$"""{"RequestId":"r","Job":{"JobId":"j","Name":"n","Status":{{{status}}},"StreamInput":"rtmp://i","StreamOutput":"rtmp://o","TemplateId":"t","Type":"common","LastStartAt":"2026-01-01T00:00:00Z"}}""",
            c => c.Live.GetEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("c", "j")));

        Assert.That(response.Job.Status, Is.EqualTo(expected));
        Assert.That((response.Job.StreamInput, response.Job.StreamOutput, response.Job.Type), Is.EqualTo(("rtmp://i", "rtmp://o", "common")));
        Assert.That(response.Job.LastStartAt, Is.EqualTo("2026-01-01T00:00:00Z"));
    }

    [TestCase("""{"TotalCount":1,"JobList":{"Job":[{"JobId":"j","Status":"1"}]}}""")]
    [TestCase("""{"TotalCount":"1","JobList":[{"JobId":"j","Status":1}]}""")]
    public async Task EdgeJobListWrappedOrBare(string body)
    {
        var response = await ParseAsync(body, c => c.Live.ListEdgeTranscodeJobAsync(new ListEdgeTranscodeJobRequest("c")));

        Assert.That(response.TotalCount, Is.EqualTo(1));
        Assert.That(response.Jobs.Single().Status, Is.EqualTo(EdgeTranscodeJobStatus.Running));
    }

    [Test]
    public async Task Create_responses_carry_the_new_ids()
    {
        var handler = new FakeHttpHandler()
            .RespondOk("""{"RequestId":"r1","JobId":"ice-job"}""")
            .RespondOk("""{"RequestId":"r2","RetCode":0,"TaskId":"task"}""")
            .RespondOk("""{"RequestId":"r3","JobId":"edge-job"}""");
        using var client = TestClients.Create(handler);

        var ice = await client.Ice.SubmitLiveTranscodeJobAsync(new SubmitLiveTranscodeJobRequest(
            "n", "t", 0, new LiveStreamInput("rtmp", "rtmp://i"), new LiveTranscodeOutput("LiveCenter", "d")));
        var task = await client.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "live", ["rtmp://s"], "rtmp://d"));
        var edge = await client.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest("c", "n", "t", "i", "o"));

        Assert.That((ice.RequestId, ice.JobId, task.TaskId, edge.JobId), Is.EqualTo(("r1", "ice-job", "task", "edge-job")));
    }
}
