using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>The schema of alicloud-live:live:PullToPushTask: its token, enums and properties (PullToPushTaskModel.cs).</summary>
internal static class PullToPushTaskSchema
{
    public const string Token = "alicloud-live:live:PullToPushTask";
    public const string LiveSource = "live";

    public static readonly string[] Regions = [.. LiveCentres.All];

    public static readonly EnumType SourceType = new(
        "alicloud-live:live:PullToPushTaskSourceType",
        "What a pull-to-push task pulls.",
        [
            new("Live", LiveSource, "A live stream (one URL; sourceProtocol required; repeatNumber, fileIndex and offset are ignored)."),
            new("Vod", "vod", "ApsaraVideo VOD media, by media ID."),
            new("Url", "url", "MP4 or HTTP-FLV files, by URL."),
        ]);

    public static readonly EnumType SourceProtocol = new(
        "alicloud-live:live:PullToPushTaskSourceProtocol",
        "The protocol of a live source. The service may answer it in capitals (RTMP), which is no change.",
        [
            new("Rtmp", "rtmp", "RTMP."),
            new("Rtsp", "rtsp", "RTSP."),
            new("Srt", "srt", "SRT."),
            new("HttpFlv", "http-flv", "HTTP-FLV."),
            new("Flv", "flv", "FLV."),
        ]);

    public static readonly IReadOnlyList<PropertyDefinition> Inputs = PullToPushTaskArgs.Definitions();

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
        [.. PullToPushTaskState.Definitions(), .. ObjectLocation.Outputs("Live", withRegion: false)];
}
