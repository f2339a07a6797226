using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>The emulator records each call's HTTP method and rejects a method other than the contract's.</summary>
public sealed class MethodTests : EmulatorFixture
{
    public static IEnumerable<string> Operations() => Contract.ExistingOperations;

    [TestCaseSource(nameof(Operations))]
    public async Task The_other_HTTP_method_is_rejected_and_recorded(string action)
    {
        var wrong = Contract.MethodOf(action) == "GET" ? "POST" : "GET";
        var response = await Client.CallWithMethodAsync(wrong, action, new Dictionary<string, string>());
        response.Fails("UnsupportedHTTPMethod", 400);
        Assert.That((string?)response.Body["Message"], Does.Contain(Contract.MethodOf(action)).And.Contain(wrong));
        var calls = await Client.AdminGetAsync("calls");
        Assert.That(calls[action]!["methods"]!.ToJsonString(), Is.EqualTo($$"""{"{{wrong}}":1}"""));
    }

    [Test]
    public async Task Calls_record_the_method_of_every_call()
    {
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
        (await Client.CallAsync("DescribeLivePullToPushList", ("Region", "cn-shanghai"))).Ok();
        await Client.CallWithMethodAsync("GET", "ListLiveTranscodeJobs", new Dictionary<string, string>());
        var calls = await Client.AdminGetAsync("calls");
        Assert.That(calls["ListLiveTranscodeJobs"]!.ToJsonString(), Is.EqualTo("""{"calls":2,"throttled":0,"failed":1,"methods":{"GET":1,"POST":1}}"""));
        Assert.That(calls["DescribeLivePullToPushList"]!["methods"]!.ToJsonString(), Is.EqualTo("""{"GET":1}"""));
    }

    /// <summary>
    /// Drives provider/Cloud's client through every operation it implements (answers do not matter, only what reached
    /// the emulator), then checks each recorded call came with the contract's method.
    /// </summary>
    [Test]
    public async Task The_client_sends_every_operation_with_the_contract_method()
    {
        var options = new CloudClientOptions
        {
            LiveEndpoint = Emulator.BaseUrl.ToString(),
            IceEndpoint = Emulator.BaseUrl.ToString(),
            MaxRetries = 0,
            ClientRateLimit = false,
        };
        using var client = new AlibabaCloudClient(new AccessKeyCredentials("emulator", "emulator", null), options);
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var task = new PullToPushTaskRequest("task-1", "cn-shanghai");
        var edge = new EdgeTranscodeJobRequest("edge-cluster-1", "job-1");
        var calls = new Func<Task>[]
        {
            () => client.Ice.SubmitLiveTranscodeJobAsync(new("n", "ice-tpl-hd", 0, new("rtmp", "rtmp://i.example.com/a/s"), new("LiveCenter", "live.example.com"))),
            () => client.Ice.GetLiveTranscodeJobAsync(new("job-1")),
            () => client.Ice.ListLiveTranscodeJobsAsync(new()),
            () => client.Ice.UpdateLiveTranscodeJobAsync(new("job-1") { Name = "m" }),
            () => client.Ice.SendLiveTranscodeJobCommandAsync(new("job-1")),
            () => client.Ice.DeleteLiveTranscodeJobAsync(new("job-1")),
            () => client.Ice.GetLiveTranscodeTemplateAsync(new("ice-tpl-hd")),
            () => client.Live.CreateLivePullToPushAsync(new("cn-shanghai", start, start.AddHours(1), "url", ["https://s.example.com/a.mp4"], "rtmp://d.example.com/a/s")),
            () => client.Live.DescribeLivePullToPushAsync(task),
            () => client.Live.DescribeLivePullToPushListAsync(new("cn-shanghai")),
            () => client.Live.UpdateLivePullToPushAsync(new("task-1", "cn-shanghai") { CallbackUrl = "https://c.example.com" }),
            () => client.Live.StopLivePullToPushAsync(task),
            () => client.Live.RestartLivePullToPushAsync(task),
            () => client.Live.DeleteLivePullToPushAsync(task),
            () => client.Live.AddLiveRecordVodConfigAsync(new("live.example.com", "app", "vod-group-default")),
            () => client.Live.UpdateLiveRecordVodConfigAsync(new("live.example.com", "app", "vod-group-default")),
            () => client.Live.DescribeLiveRecordVodConfigsAsync(new("live.example.com")),
            () => client.Live.DeleteLiveRecordVodConfigAsync(new("live.example.com", "app")),
            () => client.Live.CreateEdgeTranscodeJobAsync(new("edge-cluster-1", "n", "edge-tpl-720p", "rtmp://i.example.com/a/s", "rtmp://o.example.com/a/s")),
            () => client.Live.GetEdgeTranscodeJobAsync(edge),
            () => client.Live.ListEdgeTranscodeJobAsync(new("edge-cluster-1")),
            () => client.Live.UpdateEdgeTranscodeJobAsync(new("edge-cluster-1", "job-1") { Name = "m" }),
            () => client.Live.StartEdgeTranscodeJobAsync(edge),
            () => client.Live.StopEdgeTranscodeJobAsync(edge),
            () => client.Live.DeleteEdgeTranscodeJobAsync(edge),
        };
        foreach (var call in calls)
        {
            try
            {
                await call();
            }
            catch (AlibabaCloudException)
            {
                // A not-found or state error still shows which method reached the emulator.
            }
        }

        var recorded = await Client.AdminGetAsync("calls");
        Assert.That(recorded, Has.Count.EqualTo(calls.Length), recorded.ToJsonString());
        Assert.Multiple(() =>
        {
            foreach (var (action, counts) in recorded)
            {
                Assert.That(counts!["methods"]!.AsObject().Select(m => m.Key), Is.EqualTo(new[] { Contract.MethodOf(action) }), action);
            }
        });
    }
}
