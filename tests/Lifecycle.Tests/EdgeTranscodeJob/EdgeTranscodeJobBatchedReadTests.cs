using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using static AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob.EdgeJobTestSupport;

namespace AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob;

/// <summary>
/// A refresh (and the refresh before each preview) reads every job at once: concurrent Reads in one cluster share
/// ListEdgeTranscodeJob pages, whose items carry every field GetEdgeTranscodeJob answers, and still see every change
/// made before them.
/// </summary>
public sealed class EdgeTranscodeJobBatchedReadTests : LifecycleFixture
{
    [Test]
    public async Task Refreshing_120_jobs_at_once_costs_2_list_calls_and_no_get()
    {
        var jobs = await CreatedAsync(120);
        var before = await Emulator.CallCountsAsync();

        var refreshed = await Task.WhenAll(jobs.Select(Engine.RefreshBeforeUpdateAsync));

        var calls = (await Emulator.CallCountsAsync()).Since(before);
        Assert.That(refreshed.Select(r => r?.Id), Is.EqualTo(jobs.Select(j => j.Id)), "every job found under its own id");
        Assert.That(refreshed.Select(r => r!.Outputs), Is.EqualTo(jobs.Select(j => j.Outputs)), "the same outputs Get gave the create");
        Assert.That(calls.Of("ListEdgeTranscodeJob").Calls, Is.EqualTo(2), "120 jobs fill 2 pages of 100");
        Assert.That(calls.Of("GetEdgeTranscodeJob").Calls, Is.Zero);
    }

    [Test]
    public async Task A_job_stopped_outside_pulumi_just_before_a_shared_refresh_is_seen_stopped()
    {
        var jobs = await CreatedAsync(3);
        using var outside = new AlibabaCloudClient(
            new AccessKeyCredentials("emulator", "emulator", null),
            new CloudClientOptions { LiveEndpoint = Emulator.BaseUrl, IceEndpoint = Emulator.BaseUrl, ClientRateLimit = false });
        await outside.Live.StopEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest(Cluster, jobs[1].Output("jobId")!));

        var refreshed = await Task.WhenAll(jobs.Select(Engine.RefreshBeforeUpdateAsync));

        Assert.That(refreshed.Select(r => r!.Output("status")), Is.EqualTo(new[] { "Running", "NotStarted", "Running" }));
    }

    private async Task<ResourceState[]> CreatedAsync(int count) =>
        await Task.WhenAll(Enumerable.Range(1, count).Select(i =>
            Engine.CreateAsync(Token, $"batched{i}", Job(streamOutput: $"rtmp://push.example.com/app/batched{i}"))));
}
