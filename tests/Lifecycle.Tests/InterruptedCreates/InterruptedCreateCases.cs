using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.InterruptedCreates;

/// <summary>
/// One resource type as the interrupted-create tests use it: inputs, the emulator collection its objects live in,
/// the resource id of an emulator object, its create call, the call made right after it (held up to interrupt the
/// create), the look-up a lost create answer triggers (and whether the same look-up also runs before the create),
/// the update call that must not be made when the engine finishes an initialisation, and the status it then has.
/// </summary>
public sealed record InterruptedCreateCase(
    string Type,
    PropertyMap Inputs,
    string Collection,
    Func<JsonNode, string> CloudId,
    string CreateAction,
    string FollowUp,
    string Lookup,
    bool LooksUpBeforeCreate,
    string UpdateAction,
    string? FinishedStatus)
{
    public override string ToString() => Type.Split(':')[^1];

    public static IEnumerable<InterruptedCreateCase> All()
    {
        yield return new(
            "alicloud-live:ice:LiveTranscodeJob",
            Json.Map("""{"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"}, "transcodeOutput": {"domainName": "play.example.com"}}"""),
            "liveTranscodeJobs",
            o => (string)o["JobId"]!,
            "SubmitLiveTranscodeJob",
            "GetLiveTranscodeJob",
            "ListLiveTranscodeJobs",
            true,
            "UpdateLiveTranscodeJob",
            "Running");
        yield return new(
            "alicloud-live:live:EdgeTranscodeJob",
            Json.Map("""{"clusterId": "edge-cluster-1", "templateId": "edge-tpl-1080p", "streamInput": "rtmp://live.example.com/app/stream", "streamOutput": "rtmp://push.example.com/app/out"}"""),
            "edgeTranscodeJobs",
            o => $"{(string)o["ClusterId"]!}/{(string)o["JobId"]!}",
            "CreateEdgeTranscodeJob",
            "StartEdgeTranscodeJob",
            "ListEdgeTranscodeJob",
            true,
            "UpdateEdgeTranscodeJob",
            "Running");
        yield return new(
            "alicloud-live:live:PullToPushTask",
            Json.Map($$"""
                {"region": "cn-shanghai", "sourceType": "live", "sourceProtocol": "rtmp", "sourceUrls": ["rtmp://source.example.com/app/in"],
                 "dstUrl": "rtmp://push.example.com/app/stream", "startTime": "{{At(1)}}", "endTime": "{{At(3)}}"}
                """),
            "pullToPushTasks",
            o => (string)o["TaskId"]!,
            "CreateLivePullToPush",
            "DescribeLivePullToPush",
            "DescribeLivePullToPushList",
            false,
            "UpdateLivePullToPush",
            "NotStarted");
        yield return new(
            "alicloud-live:live:RecordVodConfig",
            Json.Map("""{"domainName": "live.example.com", "appName": "app", "streamName": "s1", "vodTranscodeGroupId": "vod-group-default"}"""),
            "recordVodConfigs",
            o => $"{(string)o["DomainName"]!}/{(string)o["AppName"]!}/{(string?)o["StreamName"] ?? ""}",
            "AddLiveRecordVodConfig",
            "DescribeLiveRecordVodConfigs",
            "DescribeLiveRecordVodConfigs",
            false,
            "UpdateLiveRecordVodConfig",
            null);
    }

    private static string At(double hoursFromNow) =>
        DateTimeOffset.UtcNow.AddHours(hoursFromNow).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
