using AlicloudLive.Cloud.Http;

namespace AlicloudLive.Cloud.Live;

/// <summary>Live 2016-11-01 actions with their HTTP methods and documented per-account quotas.</summary>
internal static class LiveOperations
{
    public const string Version = "2016-11-01";

    private static readonly RateLimit PullToPushQuota = RateLimit.PerSecond(10);
    private static readonly RateLimit RecordWriteQuota = RateLimit.PerMinute(1000);
    private static readonly RateLimit RecordReadQuota = RateLimit.PerSecond(1000);
    private static readonly RateLimit EdgeQuota = RateLimit.PerMinute(6000);

    public static readonly CloudOperation CreateLivePullToPush = PullToPush("CreateLivePullToPush", HttpMethod.Post, isCreate: true);
    public static readonly CloudOperation DescribeLivePullToPush = PullToPush("DescribeLivePullToPush", HttpMethod.Get);
    public static readonly CloudOperation DescribeLivePullToPushList = PullToPush("DescribeLivePullToPushList", HttpMethod.Get);
    public static readonly CloudOperation UpdateLivePullToPush = PullToPush("UpdateLivePullToPush", HttpMethod.Get);
    public static readonly CloudOperation DeleteLivePullToPush = PullToPush("DeleteLivePullToPush", HttpMethod.Get);
    public static readonly CloudOperation StopLivePullToPush = PullToPush("StopLivePullToPush", HttpMethod.Get);
    public static readonly CloudOperation RestartLivePullToPush = PullToPush("RestartLivePullToPush", HttpMethod.Get);

    public static readonly CloudOperation AddLiveRecordVodConfig = new("AddLiveRecordVodConfig", Version, HttpMethod.Post, IsCreate: true, Limit: RecordWriteQuota);
    public static readonly CloudOperation UpdateLiveRecordVodConfig = new("UpdateLiveRecordVodConfig", Version, HttpMethod.Post, Limit: RecordWriteQuota);
    public static readonly CloudOperation DeleteLiveRecordVodConfig = new("DeleteLiveRecordVodConfig", Version, HttpMethod.Post, Limit: RecordWriteQuota);
    public static readonly CloudOperation DescribeLiveRecordVodConfigs = new("DescribeLiveRecordVodConfigs", Version, HttpMethod.Post, Limit: RecordReadQuota);

    public static readonly CloudOperation CreateEdgeTranscodeJob = Edge("CreateEdgeTranscodeJob", isCreate: true);
    public static readonly CloudOperation GetEdgeTranscodeJob = Edge("GetEdgeTranscodeJob");
    public static readonly CloudOperation ListEdgeTranscodeJob = Edge("ListEdgeTranscodeJob");
    public static readonly CloudOperation UpdateEdgeTranscodeJob = Edge("UpdateEdgeTranscodeJob");
    public static readonly CloudOperation StartEdgeTranscodeJob = Edge("StartEdgeTranscodeJob");
    public static readonly CloudOperation StopEdgeTranscodeJob = Edge("StopEdgeTranscodeJob");
    public static readonly CloudOperation DeleteEdgeTranscodeJob = Edge("DeleteEdgeTranscodeJob");
    public static readonly CloudOperation ListEdgeTranscodeTemplate = Edge("ListEdgeTranscodeTemplate");

    // Pull-to-push answers carry RetCode; anything but 0 is a failure even with HTTP 200.
    private static CloudOperation PullToPush(string action, HttpMethod method, bool isCreate = false) =>
        new(action, Version, method, isCreate, PullToPushQuota, ChecksRetCode: true);

    private static CloudOperation Edge(string action, bool isCreate = false) =>
        new(action, Version, HttpMethod.Post, isCreate, EdgeQuota);
}
