using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Cloud.Tests;

public sealed class SigningTests
{
    // The published ACS3-HMAC-SHA256 example (docs/cloud-apis.md, "Signing").
    private static SignableRequest PublishedExample(Dictionary<string, string>? extraHeaders = null)
    {
        var headers = new Dictionary<string, string>
        {
            ["host"] = "ecs.cn-shanghai.aliyuncs.com",
            ["x-acs-action"] = "RunInstances",
            ["x-acs-version"] = "2014-05-26",
            ["x-acs-date"] = "2023-10-26T10:22:32Z",
            ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d",
            ["x-acs-content-sha256"] = AcsV3Signer.EmptyPayloadHash,
        };
        foreach (var (k, v) in extraHeaders ?? [])
        {
            headers[k] = v;
        }

        return new SignableRequest(
            "POST",
            [new("RegionId", "cn-shanghai"), new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")],
            headers,
            AcsV3Signer.EmptyPayloadHash);
    }

    [Test]
    public void Published_vector_hashed_canonical_request_matches() =>
        Assert.That(AcsV3Signer.HashedCanonicalRequest(PublishedExample()),
            Is.EqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));

    [Test]
    public void Published_vector_signature_matches() =>
        Assert.That(AcsV3Signer.Signature(PublishedExample(), "YourAccessKeySecret"),
            Is.EqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));

    [Test]
    public void Published_vector_authorization_header() =>
        Assert.That(AcsV3Signer.Authorization(PublishedExample(), "YourAccessKeyId", "YourAccessKeySecret"),
            Is.EqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId," +
                       "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version," +
                       "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));

    [Test]
    public void Empty_payload_hash_is_SHA256_of_nothing() =>
        Assert.That(AcsV3Signer.HexSha256(""), Is.EqualTo(AcsV3Signer.EmptyPayloadHash));

    [Test]
    public void STS_token_is_a_signed_header_and_changes_the_signature()
    {
        var plain = PublishedExample();
        var sts = PublishedExample(new() { ["x-acs-security-token"] = "token-1" });
        var otherToken = PublishedExample(new() { ["x-acs-security-token"] = "token-2" });

        var authorization = AcsV3Signer.Authorization(sts, "YourAccessKeyId", "YourAccessKeySecret");

        Assert.That(authorization, Does.Contain("SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"));
        Assert.That(AcsV3Signer.CanonicalRequest(sts), Does.Contain("x-acs-security-token:token-1\n"));
        Assert.That(AcsV3Signer.Signature(sts, "YourAccessKeySecret"), Is.Not.EqualTo(AcsV3Signer.Signature(plain, "YourAccessKeySecret")));
        Assert.That(AcsV3Signer.Signature(sts, "YourAccessKeySecret"), Is.Not.EqualTo(AcsV3Signer.Signature(otherToken, "YourAccessKeySecret")));
    }

    [Test]
    public void Canonical_request_has_the_documented_shape()
    {
        var canonical = AcsV3Signer.CanonicalRequest(PublishedExample(new() { ["User-Agent"] = "x", ["Content-Type"] = " application/json " }));

        Assert.That(canonical, Is.EqualTo(
            "POST\n/\n" +
            "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n" +
            "content-type:application/json\n" +
            "host:ecs.cn-shanghai.aliyuncs.com\n" +
            "x-acs-action:RunInstances\n" +
            "x-acs-content-sha256:" + AcsV3Signer.EmptyPayloadHash + "\n" +
            "x-acs-date:2023-10-26T10:22:32Z\n" +
            "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n" +
            "x-acs-version:2014-05-26\n" +
            "\n" +
            "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
            AcsV3Signer.EmptyPayloadHash));
    }

    [Test]
    public void Canonical_query_sorts_by_encoded_name_and_encodes_both_sides()
    {
        var query = AcsV3Signer.CanonicalQueryString([
            new("b", "2"), new("A b", "x y"), new("a", "*"), new("RecordFormat.10.Format", "flv"), new("RecordFormat.2.Format", "mp4"),
        ]);

        Assert.That(query, Is.EqualTo("A%20b=x%20y&RecordFormat.10.Format=flv&RecordFormat.2.Format=mp4&a=%2A&b=2"));
    }

    [Test]
    public void Format_date_is_UTC_second_precision() =>
        Assert.That(AcsV3Signer.FormatDate(new DateTimeOffset(2026, 3, 4, 13, 5, 6, 789, TimeSpan.FromHours(8))),
            Is.EqualTo("2026-03-04T05:05:06Z"));
}
