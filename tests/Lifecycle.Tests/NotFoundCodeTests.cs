using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using Grpc.Core;
using static AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob.EdgeJobTestSupport;
using static AlicloudLive.Lifecycle.Tests.RecordVodConfig.RecordVodConfigs;

namespace AlicloudLive.Lifecycle.Tests;

/// <summary>
/// Only a documented not-found code, or a successful listing without the object, may say an object is gone:
/// ClusterNotFound, ConfigNotFound and InvalidDomain.NotFound are in no SDK or API page, so they are the cloud's errors,
/// shown as they are.
/// </summary>
public sealed class NotFoundCodeTests : LifecycleFixture
{
    [TestCase("ConfigNotFound")]
    [TestCase("InvalidDomain.NotFound")]
    public async Task A_record_config_read_failing_with_an_undocumented_code_is_an_error_not_a_deletion(string code)
    {
        var config = await Engine.CreateAsync(TypeToken, "kept", WholeApp());
        await Emulator.InjectFaultAsync("DescribeLiveRecordVodConfigs", "error", code: code, httpStatus: 404);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.RefreshAsync(config));

        Assert.That(error!.Message, Does.Contain("DescribeLiveRecordVodConfigs").And.Contain(code));
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_record_config_delete_failing_while_the_config_is_listed_is_an_error_not_a_silent_orphan()
    {
        var config = await Engine.CreateAsync(TypeToken, "orphan", WholeApp());
        await Emulator.InjectFaultAsync("DeleteLiveRecordVodConfig", "error", code: "ConfigNotFound", httpStatus: 404);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.DeleteAsync(config));

        Assert.That(error!.Message, Does.Contain("DeleteLiveRecordVodConfig").And.Contain("ConfigNotFound"));
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Has.Count.EqualTo(1), "the config still exists and is still managed");
    }

    [Test]
    public async Task An_ICE_JobNotFound_for_a_job_the_listing_still_shows_is_an_error_for_refresh_and_destroy()
    {
        var job = await Engine.CreateAsync("alicloud-live:ice:LiveTranscodeJob", "listed", Json.Map("""
            {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"}, "transcodeOutput": {"domainName": "play.example.com"}}
            """));
        await Emulator.InjectFaultAsync("GetLiveTranscodeJob", "error", count: 2, code: "JobNotFound", httpStatus: 404);

        var refresh = Assert.ThrowsAsync<RpcException>(() => Engine.RefreshAsync(job));
        var destroy = Assert.ThrowsAsync<RpcException>(() => Engine.DeleteAsync(job));

        Assert.That(refresh!.Message + destroy!.Message, Does.Contain("GetLiveTranscodeJob failed: JobNotFound"));
        Assert.That(CallsTo(await Emulator.CallsAsync(), "ListLiveTranscodeJobs"), Is.EqualTo(3), "the create's look-up, then one listing per decision");
        Assert.That(await CloudObjectsAsync("liveTranscodeJobs"), Has.Count.EqualTo(1));
        Assert.That((await Engine.RefreshAsync(job))?.Id, Is.EqualTo(job.Id));
    }

    [Test]
    public async Task An_edge_job_read_failing_with_an_undocumented_code_is_an_error_without_a_cluster_lookup()
    {
        var job = await Engine.CreateAsync(Token, "kept", Job().With("running", false));
        await Emulator.InjectFaultAsync("GetEdgeTranscodeJob", "error", code: "ClusterNotFound", httpStatus: 404);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.RefreshAsync(job));

        Assert.That(error!.Message, Does.Contain("GetEdgeTranscodeJob").And.Contain("ClusterNotFound"));
        Assert.That(CallsTo(await Emulator.CallsAsync(), "ListEdgeTranscodeTemplate"), Is.EqualTo(0), "no other call's failure can prove the job gone");
    }

    [Test]
    public async Task An_edge_job_whose_job_and_template_calls_fail_with_one_code_is_not_taken_for_gone()
    {
        // The same code on two failed calls proves nothing: a revoked permission or a rejected key fails both alike.
        var job = await Engine.CreateAsync(Token, "kept", Job().With("running", false));
        await Emulator.InjectFaultAsync("GetEdgeTranscodeJob", "error", count: 2, code: "InvalidClusterId.NotFound", httpStatus: 404);
        await Emulator.InjectFaultAsync("ListEdgeTranscodeTemplate", "error", count: 2, code: "InvalidClusterId.NotFound", httpStatus: 404);

        Assert.ThrowsAsync<RpcException>(() => Engine.RefreshAsync(job));
        Assert.ThrowsAsync<RpcException>(() => Engine.DeleteAsync(job));
        Assert.That(await CloudObjectsAsync("edgeTranscodeJobs"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_edge_job_of_a_cluster_the_cloud_no_longer_has_answers_the_documented_JobNotFound_and_is_gone_without_a_lookup()
    {
        var job = await Engine.CreateAsync(Token, "vanished", Job().With("running", false));
        var vanished = job with { Id = "vanished-cluster/" + job.Output("jobId") };

        Assert.That(await Engine.RefreshAsync(vanished), Is.Null);
        Assert.DoesNotThrowAsync(() => Engine.DeleteAsync(vanished));
        Assert.That(CallsTo(await Emulator.CallsAsync(), "ListEdgeTranscodeTemplate"), Is.EqualTo(0));
    }
}
