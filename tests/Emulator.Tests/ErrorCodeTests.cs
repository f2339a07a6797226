using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>
/// Not-found answers use codes Alibaba documents (or, where nothing is documented, what the API most plausibly does),
/// never codes of the emulator's own invention.
/// </summary>
public sealed class ErrorCodeTests : EmulatorFixture
{
    private static readonly (string, string)[] NoCluster = [("ClusterId", "vanished-cluster")];

    [Test]
    public async Task An_unknown_edge_cluster_answers_as_a_cluster_without_jobs_or_templates()
    {
        (await Client.CallAsync("GetEdgeTranscodeJob", [.. NoCluster, ("JobId", "j1")])).Fails("JobNotFound", 404);
        foreach (var action in new[] { "UpdateEdgeTranscodeJob", "StartEdgeTranscodeJob", "StopEdgeTranscodeJob", "DeleteEdgeTranscodeJob" })
        {
            (await Client.CallAsync(action, [.. NoCluster, ("JobId", "j1")])).Fails("JobNotFound", 404);
        }

        (await Client.CallAsync("CreateEdgeTranscodeJob", [.. NoCluster, ("Name", "n"), ("TemplateId", "edge-tpl-720p"),
            ("StreamInput", "rtmp://i.example.com/a/s"), ("StreamOutput", "rtmp://o.example.com/a/s")])).Fails("TemplateNotFound", 404);
        (await Client.CallAsync("GetEdgeTranscodeTemplate", [.. NoCluster, ("TemplateId", "edge-tpl-720p")])).Fails("TemplateNotFound", 404);
        Assert.That((int)(await Client.CallAsync("ListEdgeTranscodeTemplate", NoCluster)).Ok()["TotalCount"], Is.Zero);
        Assert.That((int)(await Client.CallAsync("ListEdgeTranscodeJob", NoCluster)).Ok()["TotalCount"], Is.Zero);
    }

    [Test]
    public async Task Updating_a_missing_record_config_is_an_InvalidParameter_naming_the_key()
    {
        var response = await Client.CallAsync("UpdateLiveRecordVodConfig", ("DomainName", "live.example.com"), ("AppName", "none"), ("VodTranscodeGroupId", "vod-group-default"));
        response.Fails("InvalidParameter", 400);
        Assert.That((string?)response.Body["Message"], Does.Contain("live.example.com/none/"));
    }

    [TestCase("AddLiveRecordVodConfig")]
    [TestCase("UpdateLiveRecordVodConfig")]
    public async Task An_unknown_domain_answers_the_documented_InvalidDomain_NotFound(string action)
    {
        var response = await Client.CallAsync(action, ("DomainName", "nowhere.example.com"), ("AppName", "a"), ("VodTranscodeGroupId", "vod-group-default"));
        response.Fails("InvalidDomain.NotFound", 404);
        Assert.That((string?)response.Body["Message"], Is.EqualTo("The domain provided does not belong to you."));
    }

    [Test]
    public async Task Describing_an_unknown_domain_finds_no_configs()
    {
        var response = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "nowhere.example.com"))).Ok();
        Assert.That((string?)response["Total"], Is.EqualTo("0"));
    }
}
