using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.LiveTranscodeJob;

/// <summary>
/// A refresh (and the refresh before each preview) reads every job at once: concurrent Reads at one ICE endpoint share
/// ListLiveTranscodeJobs pages, whose items carry every field GetLiveTranscodeJob answers, and still see every change
/// made before them.
/// </summary>
public sealed class LiveTranscodeJobBatchedReadTests : LifecycleFixture
{
    private const string Type = "alicloud-live:ice:LiveTranscodeJob";

    [Test]
    public async Task Refreshing_120_jobs_at_once_costs_2_list_calls_and_no_get()
    {
        var jobs = await CreatedAsync(120);
        var before = await Emulator.CallCountsAsync();

        var refreshed = await Task.WhenAll(jobs.Select(Engine.RefreshBeforeUpdateAsync));

        var calls = (await Emulator.CallCountsAsync()).Since(before);
        Assert.That(refreshed.Select(r => r?.Id), Is.EqualTo(jobs.Select(j => j.Id)), "every job found under its own id");
        Assert.That(refreshed.Select(r => r!.Outputs), Is.EqualTo(jobs.Select(j => j.Outputs)), "the same outputs Get gave the create");
        Assert.That(calls.Of("ListLiveTranscodeJobs").Calls, Is.EqualTo(2), "120 jobs fill 2 pages of 100");
        Assert.That(calls.Of("GetLiveTranscodeJob").Calls, Is.Zero);
    }

    [Test]
    public async Task A_job_stopped_outside_pulumi_just_before_a_shared_refresh_is_seen_stopped()
    {
        var jobs = await CreatedAsync(3);
        using var outside = new AlibabaCloudClient(
            new AccessKeyCredentials("emulator", "emulator", null),
            new CloudClientOptions { LiveEndpoint = Emulator.BaseUrl, IceEndpoint = Emulator.BaseUrl, ClientRateLimit = false });
        await outside.Ice.SendLiveTranscodeJobCommandAsync(new SendLiveTranscodeJobCommandRequest(jobs[1].Id));

        var refreshed = await Task.WhenAll(jobs.Select(Engine.RefreshBeforeUpdateAsync));

        Assert.That(refreshed.Select(r => r!.Output("status")), Is.EqualTo(new[] { "Running", "Stopped", "Running" }));
    }

    private async Task<ResourceState[]> CreatedAsync(int count) =>
        await Task.WhenAll(Enumerable.Range(1, count).Select(i => Engine.CreateAsync(Type, $"batched{i}", Json.Map($$"""
            {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/in{{i}}"},
             "transcodeOutput": {"domainName": "play.example.com"} }
            """))));
}
