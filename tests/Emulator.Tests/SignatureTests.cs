using AlicloudLive.Emulator.Rpc.Signing;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class SignatureTests : EmulatorFixture
{
    private static readonly Dictionary<string, string> ListJobs = new() { ["PageNo"] = "1" };

    [Test]
    public void V3_signer_reproduces_the_published_test_vector()
    {
        var query = new[]
        {
            KeyValuePair.Create("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
            KeyValuePair.Create("RegionId", "cn-shanghai"),
        };
        var headers = new[]
        {
            ("host", "ecs.cn-shanghai.aliyuncs.com"),
            ("x-acs-action", "RunInstances"),
            ("x-acs-version", "2014-05-26"),
            ("x-acs-date", "2023-10-26T10:22:32Z"),
            ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            ("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        };
        var signature = AcsV3Signature.Sign("POST", query, headers, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "YourAccessKeySecret");
        Assert.That(signature, Is.EqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    [Test]
    public void V2_signer_reproduces_the_published_test_vector()
    {
        var parameters = new Dictionary<string, string>
        {
            ["AccessKeyId"] = "testid",
            ["Action"] = "DescribeDedicatedHosts",
            ["Format"] = "JSON",
            ["RegionId"] = "cn-beijing",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "edb2b34af0af9a6d14deaf7c1a5315eb",
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = "2023-03-13T08:34:30Z",
            ["Version"] = "2014-05-26",
        };
        Assert.That(RpcV2Signature.Sign("GET", parameters, "testsecret"), Is.EqualTo("9NaGiOspFP5UPcwX8Iwt2YJXXuk="));
    }

    [Test]
    public async Task A_correctly_signed_V3_request_is_accepted()
    {
        var response = await Client.CallAsync("ListLiveTranscodeJobs", ListJobs);
        Assert.That(response.Ok()["TotalCount"].GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_correctly_signed_V2_request_is_accepted()
    {
        var response = await Client.CallV2Async("ListLiveTranscodeJobs", ListJobs);
        Assert.That(response.Ok()["JobList"].AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_wrong_secret_does_not_match()
    {
        using var wrong = new EmulatorClient(Emulator.BaseUrl, secret: "not-the-secret");
        (await wrong.CallAsync("ListLiveTranscodeJobs", ListJobs)).Fails("SignatureDoesNotMatch", 403);
        (await wrong.CallV2Async("ListLiveTranscodeJobs", ListJobs)).Fails("SignatureDoesNotMatch", 403);
    }

    [Test]
    public async Task An_unknown_access_key_is_not_found()
    {
        using var stranger = new EmulatorClient(Emulator.BaseUrl, keyId: "someone-else");
        (await stranger.CallAsync("ListLiveTranscodeJobs", ListJobs)).Fails("InvalidAccessKeyId.NotFound", 404);
        (await stranger.CallV2Async("ListLiveTranscodeJobs", ListJobs)).Fails("InvalidAccessKeyId.NotFound", 404);
    }

    [Test]
    public async Task A_query_changed_after_signing_is_rejected()
    {
        var response = await Client.CallAsync("ListLiveTranscodeJobs", ListJobs, tamper: r => r.RequestUri = new Uri(r.RequestUri!, "/?PageNo=2"));
        response.Fails("SignatureDoesNotMatch", 403);
    }

    [Test]
    public async Task A_body_that_does_not_match_its_declared_hash_is_rejected()
    {
        var response = await Client.CallAsync("ListLiveTranscodeJobs", ListJobs, tamper: r =>
            r.Content = new FormUrlEncodedContent([KeyValuePair.Create("PageNo", "3")]));
        response.Fails("SignatureDoesNotMatch", 403);
    }

    [Test]
    public async Task A_date_more_than_15_minutes_off_is_rejected()
    {
        using var stale = new EmulatorClient(Emulator.BaseUrl) { Clock = () => DateTimeOffset.UtcNow.AddMinutes(-16) };
        (await stale.CallAsync("ListLiveTranscodeJobs", ListJobs)).Fails("InvalidTimeStamp.Expired", 400);
        using var early = new EmulatorClient(Emulator.BaseUrl) { Clock = () => DateTimeOffset.UtcNow.AddMinutes(16) };
        (await early.CallV2Async("ListLiveTranscodeJobs", ListJobs)).Fails("InvalidTimeStamp.Expired", 400);
    }

    [Test]
    public async Task A_reused_nonce_is_rejected()
    {
        (await Client.CallAsync("ListLiveTranscodeJobs", ListJobs, nonce: "nonce-1")).Ok();
        (await Client.CallAsync("ListLiveTranscodeJobs", ListJobs, nonce: "nonce-1")).Fails("SignatureNonceUsed", 400);
    }

    [Test]
    public async Task An_unknown_action_or_wrong_version_is_named()
    {
        (await Client.CallAsync("DescribeNothing", ListJobs)).Fails("InvalidAction.NotFound", 400);
        var wrongVersion = Client.BuildV3("ListLiveTranscodeJobs", "2016-11-01", ListJobs);
        (await Client.SendAsync(wrongVersion)).Fails("InvalidVersion", 400);
    }
}

public sealed class SecurityTokenTests : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SecurityToken = "sts-token-1" };

    [Test]
    public async Task The_configured_STS_token_is_required()
    {
        var parameters = new Dictionary<string, string> { ["PageNo"] = "1" };
        (await Client.CallAsync("ListLiveTranscodeJobs", parameters)).Fails("InvalidSecurityToken.MismatchWithAccessKey", 403);
        using var wrong = new EmulatorClient(Emulator.BaseUrl, token: "other-token");
        (await wrong.CallV2Async("ListLiveTranscodeJobs", parameters)).Fails("InvalidSecurityToken.MismatchWithAccessKey", 403);
        using var right = new EmulatorClient(Emulator.BaseUrl, token: "sts-token-1");
        (await right.CallAsync("ListLiveTranscodeJobs", parameters)).Ok();
        (await right.CallV2Async("ListLiveTranscodeJobs", parameters)).Ok();
    }

    [Test]
    public void Options_never_print_the_secret_or_token()
    {
        var text = new EmulatorOptions { AccessKeySecret = "s3cr3t", SecurityToken = "t0ken" }.ToString();
        Assert.That(text, Does.Not.Contain("s3cr3t").And.Not.Contain("t0ken"));
    }
}
