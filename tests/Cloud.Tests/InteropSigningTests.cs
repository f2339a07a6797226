using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Signing;
using AlicloudLive.Cloud.Tests.Fakes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Cloud.Tests;

/// <summary>Our signatures against the ones the official @alicloud/openapi-client (npm) computes.</summary>
public sealed class InteropSigningTests
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("GET", new Dictionary<string, string> { ["Region"] = "cn-shanghai", ["TaskId"] = "abc-123" }, null)
            .SetName("plain GET");
        yield return new TestCaseData("POST", new Dictionary<string, string>
        {
            ["Name"] = "直播 job ü ~*'()!",
            ["StreamInput"] = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/app/s?token=a+b&x=1"}""",
            ["RecordFormat.1.Format"] = "m3u8",
            ["RecordFormat.10.Format"] = "flv",
            ["Empty"] = "",
        }, null).SetName("unicode and special characters");
        yield return new TestCaseData("POST", new Dictionary<string, string> { ["SourceUrls"] = """["http://a/b c.mp4","😀"]""" }, "sts/token+with=chars")
            .SetName("STS token");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Authorization_equals_official_SDK(string method, Dictionary<string, string> query, string? token)
    {
        var headers = new Dictionary<string, string>
        {
            ["host"] = "live.aliyuncs.com",
            ["x-acs-action"] = "CreateLivePullToPush",
            ["x-acs-version"] = "2016-11-01",
            ["x-acs-date"] = "2026-02-03T04:05:06Z",
            ["x-acs-signature-nonce"] = "0123456789abcdef0123456789abcdef",
            ["x-acs-content-sha256"] = AcsV3Signer.EmptyPayloadHash,
            ["user-agent"] = "not signed",
        };
        if (token is not null)
        {
            headers["x-acs-accesskey-id"] = "LTAI5tInteropKey";
            headers["x-acs-security-token"] = token;
        }

        var ours = AcsV3Signer.Authorization(
            new SignableRequest(method, query.ToList(), headers, AcsV3Signer.EmptyPayloadHash), "LTAI5tInteropKey", "interop-secret");

        var theirs = await AuthorizeWithOfficialSdkAsync(method, query, headers, "LTAI5tInteropKey", "interop-secret");

        Assert.That(ours, Is.EqualTo(theirs));
    }

    [Test]
    public async Task Requests_our_client_sends_carry_the_authorization_the_official_SDK_computes([Values] bool withToken)
    {
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0,"TaskId":"t-1"}""");
        var credentials = TestClients.UniqueCredentials(withToken);
        using var client = TestClients.Create(handler, credentials: credentials);
        await client.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", DateTimeOffset.Parse("2026-01-02T00:00:00Z"), DateTimeOffset.Parse("2026-01-03T00:00:00Z"),
            "url", ["http://media.example.com/a b.mp4", "http://media.example.com/直播.flv"], "rtmp://push.example.com/app/s")
        {
            TaskName = "name with * and ~",
            CallbackUrl = "https://cb.example.com/hook?x=1&y=2",
        });

        var sent = handler.Requests.Single();
        var headers = sent.Headers.Where(h => h.Key != "authorization").ToDictionary(h => h.Key, h => h.Value);
        headers["host"] = sent.Uri.Authority;
        var theirs = await AuthorizeWithOfficialSdkAsync(sent.Method, sent.Query, headers, credentials.AccessKeyId, credentials.AccessKeySecret);

        Assert.That(sent.Headers["authorization"], Is.EqualTo(theirs));
        Assert.That(sent.Headers.ContainsKey("x-acs-security-token"), Is.EqualTo(withToken));
    }

    [Test]
    public async Task We_verify_the_request_the_official_client_sends([Values] bool withToken)
    {
        var spec = new JsonObject
        {
            ["action"] = "DescribeLivePullToPushList",
            ["version"] = "2016-11-01",
            ["method"] = "GET",
            ["query"] = new JsonObject { ["Region"] = "cn-shanghai", ["TaskName"] = "a b*~ü/&=+", ["PageSize"] = "1" },
            ["accessKeyId"] = "LTAI5tCaptureKey",
            ["accessKeySecret"] = "capture-secret",
        };
        if (withToken)
        {
            spec["securityToken"] = "capture-token";
        }

        var result = await ProcessRun.NodeAsync("cloud/sign.js", ["capture"], timeout: NodeTimeout, stdin: spec.ToJsonString());
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var captured = JsonDocument.Parse(result.StdOut);
        var root = captured.RootElement;
        var headers = root.GetProperty("headers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var url = new Uri("http://" + headers["host"] + root.GetProperty("url").GetString());
        var query = new RecordedRequest("GET", url, headers, false).Query.ToList();
        var signable = new SignableRequest(root.GetProperty("method").GetString()!, query,
            headers.Where(h => h.Key != "authorization").ToDictionary(h => h.Key, h => h.Value), headers["x-acs-content-sha256"]);

        Assert.That(AcsV3Signer.Authorization(signable, "LTAI5tCaptureKey", "capture-secret"), Is.EqualTo(headers["authorization"]));
        Assert.That(query, Does.Contain(new KeyValuePair<string, string>("TaskName", "a b*~ü/&=+")));
    }

    private static async Task<string> AuthorizeWithOfficialSdkAsync(
        string method, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, string keyId, string secret)
    {
        var input = new JsonArray(new JsonObject
        {
            ["method"] = method,
            ["query"] = ToJson(query),
            ["headers"] = ToJson(headers),
            ["accessKeyId"] = keyId,
            ["accessKeySecret"] = secret,
        });
        var result = await ProcessRun.NodeAsync("cloud/sign.js", ["authorize"], timeout: NodeTimeout, stdin: input.ToJsonString());
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        return JsonSerializer.Deserialize<string[]>(result.StdOut)!.Single();
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (k, v) in values)
        {
            json[k] = v;
        }

        return json;
    }
}
