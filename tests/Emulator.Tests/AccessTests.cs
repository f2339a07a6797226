using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>Revoked RAM permissions and a deleted access key, set through the admin API, answer like the cloud until restored.</summary>
public sealed class AccessTests : EmulatorFixture
{
    private static readonly (string, string)[] EdgeJob = [("ClusterId", "edge-cluster-1"), ("JobId", "no-such-job")];

    [Test]
    public async Task A_revoked_permission_refuses_every_call_of_that_operation_with_403_until_restored()
    {
        var (status, body) = await Client.AdminPostAsync("permissions", """{"deny":"GetEdgeTranscodeJob","code":"OperationDenied"}""");
        Assert.That((status, (string?)body["denied"]!["GetEdgeTranscodeJob"]), Is.EqualTo((200, "OperationDenied")));

        for (var i = 0; i < 3; i++)
        {
            (await Client.CallAsync("GetEdgeTranscodeJob", EdgeJob)).Fails("OperationDenied", 403);
        }

        (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Ok();
        Assert.That((int)(await Client.AdminGetAsync("calls"))["GetEdgeTranscodeJob"]!["failed"]!, Is.EqualTo(3));

        using var restore = new HttpClient();
        (await restore.DeleteAsync(new Uri(Client.BaseUrl, "/_emulator/permissions"))).EnsureSuccessStatusCode();
        (await Client.CallAsync("GetEdgeTranscodeJob", EdgeJob)).Fails("JobNotFound", 404);
    }

    [Test]
    public async Task Denying_every_operation_defaults_to_Forbidden_and_reset_restores_it()
    {
        await Client.AdminPostAsync("permissions", """{"deny":"*"}""");

        (await Client.CallAsync("ListLiveTranscodeJobs")).Fails("Forbidden", 403);
        (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"))).Fails("Forbidden", 403);

        await Client.AdminPostAsync("reset", "{}");
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
    }

    [Test]
    public async Task A_denial_code_the_pages_do_not_list_for_permissions_is_refused()
    {
        var (status, _) = await Client.AdminPostAsync("permissions", """{"deny":"*","code":"JobNotFound"}""");

        Assert.That(status, Is.EqualTo(400));
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
    }

    [Test]
    public async Task A_deleted_access_key_answers_404_InvalidAccessKeyId_NotFound_on_every_call_until_restored()
    {
        var (status, body) = await Client.AdminPostAsync("access-key", """{"deleted":true}""");
        Assert.That((status, (bool?)body["accessKeyDeleted"]), Is.EqualTo((200, (bool?)true)));

        (await Client.CallAsync("ListLiveTranscodeJobs")).Fails("InvalidAccessKeyId.NotFound", 404);
        (await Client.CallV2Async("ListLiveTranscodeJobs", new Dictionary<string, string>())).Fails("InvalidAccessKeyId.NotFound", 404);

        await Client.AdminPostAsync("access-key", """{"deleted":false}""");
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
    }
}
