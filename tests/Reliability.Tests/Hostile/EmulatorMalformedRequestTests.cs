using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Reliability.Tests.Support;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// The emulator (the built binary) meets malformed requests — broken query strings, bad signatures, missing or unknown
/// Action and Version, unparsable JSON parameters, wrong numbers and times, broken flattened lists, oversized values —
/// with the service's error JSON and a 4xx status: never a 5xx, never a dropped connection, never a change of state.
/// </summary>
[Category("Hostile")]
public sealed class EmulatorMalformedRequestTests : LifecycleFixture
{
    private const string Ice = "2020-11-09";
    private const string Live = "2016-11-01";

    private static readonly string Start = Utc(DateTimeOffset.UtcNow.AddHours(1));
    private static readonly string End = Utc(DateTimeOffset.UtcNow.AddHours(3));

    /// <summary>Well-formed parameters of each create, so the one malformed parameter is what the emulator meets.</summary>
    private static readonly Dictionary<string, (string Version, Dictionary<string, string> Valid)> Creates = new()
    {
        ["SubmitLiveTranscodeJob"] = (Ice, new()
        {
            ["Name"] = "j",
            ["TemplateId"] = "ice-tpl-hd",
            ["StartMode"] = "0",
            ["StreamInput"] = """{"Type": "rtmp", "InputUrl": "rtmp://live.example.com/app/s"}""",
            ["TranscodeOutput"] = """{"Type": "LiveCenter", "DomainName": "play.example.com"}""",
        }),
        ["CreateLivePullToPush"] = (Live, new()
        {
            ["Region"] = "cn-shanghai",
            ["SourceType"] = "live",
            ["SourceProtocol"] = "rtmp",
            ["SourceUrls"] = """["rtmp://source.example.com/app/in"]""",
            ["DstUrl"] = "rtmp://push.example.com/app/x",
            ["StartTime"] = Start,
            ["EndTime"] = End,
        }),
        ["CreateEdgeTranscodeJob"] = (Live, new()
        {
            ["ClusterId"] = "edge-cluster-1",
            ["Name"] = "n",
            ["TemplateId"] = "edge-tpl-1080p",
            ["StreamInput"] = "rtmp://live.example.com/app/s",
            ["StreamOutput"] = "rtmp://push.example.com/app/o",
        }),
        ["AddLiveRecordVodConfig"] = (Live, new() { ["DomainName"] = "live.example.com", ["AppName"] = "app", ["VodTranscodeGroupId"] = "vod-group-default" }),
    };

    public static IEnumerable<TestCaseData> SignedCases()
    {
        yield return Signed("unparsable JSON in StreamInput", "SubmitLiveTranscodeJob", ("StreamInput", "{not json"));
        yield return Signed("a JSON array where StreamInput wants an object", "SubmitLiveTranscodeJob", ("StreamInput", "[]"));
        yield return Signed("a number where StreamInput.InputUrl wants a string", "SubmitLiveTranscodeJob", ("StreamInput", """{"Type": "rtmp", "InputUrl": 5}"""));
        yield return Signed("StreamInput nested 5000 levels deep", "SubmitLiveTranscodeJob", ("StreamInput", new string('[', 5000) + new string(']', 5000)));
        yield return Signed("TimedConfig times that are objects", "SubmitLiveTranscodeJob", ("StartMode", "1"), ("TimedConfig", """{"StartTime": {}, "EndTime": []}"""));
        yield return Signed("StartMode that is not a number", "SubmitLiveTranscodeJob", ("StartMode", "zero"));
        yield return Signed("a truncated JSON array in SourceUrls", "CreateLivePullToPush", ("SourceUrls", "[1,"));
        yield return Signed("a JSON object where SourceUrls wants an array", "CreateLivePullToPush", ("SourceUrls", "{}"));
        yield return Signed("an impossible StartTime", "CreateLivePullToPush", ("StartTime", "2026-13-45T99:99:99Z"));
        yield return Signed("a RetryInterval beyond any integer", "CreateLivePullToPush", ("RetryInterval", "99999999999999999999"));
        yield return Signed("a 1 MB DstUrl", "CreateLivePullToPush", ("DstUrl", "rtmp://push.example.com/" + new string('a', 1_000_000)));
        yield return Signed("a 1 MB edge job Name", "CreateEdgeTranscodeJob", ("Name", new string('n', 1_000_000)));
        yield return Signed("a Name of control characters", "CreateEdgeTranscodeJob", ("Name", "\0\u0001\u202E"));
        yield return Signed("a flattened list numbered from 0", "AddLiveRecordVodConfig", ("TranscodeTemplates.0", "a"));
        yield return Signed("a flattened list index that is not a number", "AddLiveRecordVodConfig", ("RecordFormat.x.Format", "flv"));
        yield return Signed("a flattened list index beyond any integer", "AddLiveRecordVodConfig", ("RecordFormat.99999999999.Format", "flv"));
        yield return Signed("a CycleDuration in exponent notation", "AddLiveRecordVodConfig", ("CycleDuration", "1e3"));
    }

    [TestCaseSource(nameof(SignedCases))]
    public async Task A_signed_request_with_a_malformed_parameter_gets_a_clean_error(string what, string action, (string Name, string Value)[] overrides)
    {
        var (version, valid) = Creates[action];
        var form = new Dictionary<string, string>(valid);
        foreach (var (name, value) in overrides)
        {
            form[name] = value;
        }

        await AssertCleanErrorAsync(what, SignedRequest.Build(new Uri(Emulator.BaseUrl), action, version, form.ToList()));
    }

    public static IEnumerable<TestCaseData> OtherCases()
    {
        yield return new TestCaseData("a signed request without an Action", (Func<Uri, HttpRequestMessage>)(u => SignedRequest.Build(u, null, Live, [])), "MissingParameter").SetName("Emulator: a signed request without an Action");
        yield return new TestCaseData("a signed request without a Version", (Func<Uri, HttpRequestMessage>)(u => SignedRequest.Build(u, "CreateEdgeTranscodeJob", null, [])), "InvalidVersion").SetName("Emulator: a signed request without a Version");
        yield return new TestCaseData("a signed request for an unknown Action", (Func<Uri, HttpRequestMessage>)(u => SignedRequest.Build(u, "DropAllTables", Live, [])), "InvalidAction.NotFound").SetName("Emulator: a signed request for an unknown Action");
        yield return new TestCaseData("a signed form body of invalid percent-encodings and bytes", (Func<Uri, HttpRequestMessage>)(u => SignedRequest.BuildRaw(u, "CreateEdgeTranscodeJob", Live, [.. "ClusterId=edge-cluster-1&Name=%FF%FE%&%%%=&="u8, 0xC3, 0x28, 0xFF])), null).SetName("Emulator: a signed form body of invalid percent-encodings and bytes");
        yield return new TestCaseData("a query string of broken escapes", (Func<Uri, HttpRequestMessage>)(u => new HttpRequestMessage(HttpMethod.Get, new Uri(u, "/?%zz=%&&==&%&Action=%FF%FE&Version=%C0%AF"))), "IncompleteSignature").SetName("Emulator: a query string of broken escapes");
        yield return new TestCaseData("a 100 KB query string", (Func<Uri, HttpRequestMessage>)(u => new HttpRequestMessage(HttpMethod.Get, new Uri(u, "/?Action=GetEdgeTranscodeJob&JobId=" + new string('j', 100_000)))), "IncompleteSignature").SetName("Emulator: a 100 KB query string");
        yield return new TestCaseData("a garbled Authorization header", (Func<Uri, HttpRequestMessage>)(u => WithAuthorization(u, "ACS3-HMAC-SHA256 ,,,==,Credential")), "IncompleteSignature").SetName("Emulator: a garbled Authorization header");
        yield return new TestCaseData("a signature with a garbage date", (Func<Uri, HttpRequestMessage>)(u => SignedRequest.Build(u, "ListEdgeTranscodeCluster", Live, [], date: "yesterday-ish")), "InvalidTimeStamp.Format").SetName("Emulator: a signature with a garbage date");
    }

    [TestCaseSource(nameof(OtherCases))]
    public async Task A_malformed_request_gets_a_clean_error(string what, Func<Uri, HttpRequestMessage> build, string? code)
    {
        var body = await AssertCleanErrorAsync(what, build(new Uri(Emulator.BaseUrl)));
        if (code is not null)
        {
            Assert.That((string?)body["Code"], Is.EqualTo(code));
        }
    }

    /// <summary>4xx, the service's error JSON, nothing created, and the emulator still healthy.</summary>
    private async Task<JsonObject> AssertCleanErrorAsync(string what, HttpRequestMessage request)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), text);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.That((string?)body["Code"], Is.Not.Empty, text);
        Assert.That((string?)body["Message"], Is.Not.Empty, text);
        Assert.That((string?)body["RequestId"], Is.Not.Empty, text);
        var resources = await Emulator.ResourcesAsync();
        Assert.That(new[] { "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs", "edgeTranscodeJobs" }.Sum(k => resources[k]!.AsArray().Count), Is.Zero, "nothing was created");
        ReliabilityReport.RecordFigure(ReportSections.Hostile, $"emulator: {what}", $"HTTP {(int)response.StatusCode} {body["Code"]}");
        return body;
    }

    private static HttpRequestMessage WithAuthorization(Uri baseUrl, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/"));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    private static TestCaseData Signed(string what, string action, params (string Name, string Value)[] overrides) =>
        new TestCaseData(what, action, overrides).SetName($"Emulator: {action} with {what}");
}
