using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskConditions;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>Schema, validation and update rules of alicloud-live:live:PullToPushTask (design.md §6).</summary>
internal static class PullToPushTaskSchema
{
    public const string Token = "alicloud-live:live:PullToPushTask";
    public const string LiveSource = "live";

    public static readonly string[] Regions = [.. LiveCentres.All];

    private static readonly UpdateRule NotUpdatable = UpdateRule.Replace("UpdateLivePullToPush does not accept it");

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

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        new("region", TypeRef.String, "The live centre that runs the task: ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai or cn-shenzhen (not the endpoint's region).")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.OneOf(Regions)],
            Rule = UpdateRule.InPlaceWhile(NotStarted),
        },
        new("taskName", TypeRef.String, "The task name. Autonamed from the resource name when left out.")
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
            Rule = NotUpdatable,
        },
        new("sourceType", SourceType, "What the task pulls: live, vod or url (any case).") { Required = true, IgnoreCase = true, Rule = NotUpdatable },
        new("sourceProtocol", SourceProtocol, "The protocol of a live source (any case): required when sourceType is live; vod and url sources ignore it.")
        {
            IgnoreCase = true,
            Rule = NotUpdatable,
        },
        new("sourceUrls", TypeRef.ArrayOf(TypeRef.String), "What the task pulls, in order: exactly 1 stream URL for a live source; 1 to 30 VOD media IDs (vod) or MP4/HTTP-FLV URLs (url).")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.ItemCount(1, 30)],
            Rule = UpdateRule.InPlaceWhile(Stopped),
        },
        new("dstUrl", TypeRef.String, "The rtmp:// URL the task pushes to; a URL serves one task at a time.")
        {
            Required = true,
            MaxLength = TextRules.DocumentedUrlLength,
            Validators = [Validate.UrlWithScheme("rtmp")],
            Rule = NotUpdatable,
        },
        new("startTime", TypeRef.String, "When the task starts, ISO 8601 UTC such as 2026-01-02T15:04:05Z; at most 7 days before endTime.")
        {
            Required = true,
            MaxLength = Timestamps.Format.Length,
            Validators = [Validate.UtcTimestamp()],
            Rule = UpdateRule.InPlaceWhile(NotStarted),
        },
        new("endTime", TypeRef.String, "When the task ends, ISO 8601 UTC: after startTime and in the future. The service deletes the task at this time.")
        {
            Required = true,
            MaxLength = Timestamps.Format.Length,
            Validators = [Validate.UtcTimestamp()],
            Rule = UpdateRule.InPlaceWhile(NotStartedOrStopped),
        },
        new("callbackUrl", TypeRef.String, "The URL notified of task events.")
        {
            MaxLength = TextRules.DocumentedUrlLength,
            Rule = UpdateRule.InPlaceWhile(KeepsValue("callbackUrl")),
        },
        new("repeatNumber", TypeRef.Integer, "vod and url sources (a live source ignores it): 0 plays the list once, -1 loops it, N plays it N more times.")
        {
            Validators = [Validate.AtLeast(-1)],
            Rule = UpdateRule.InPlaceWhile(KeepsValueOrLive("repeatNumber")),
        },
        new("retryCount", TypeRef.Integer, "How many times a failed pull is retried. Defaults to 3.")
        {
            Default = PropertyValue.From(3),
            Rule = NotUpdatable,
        },
        new("retryInterval", TypeRef.Integer, "Seconds between retries, 60 to 300. Defaults to 60.")
        {
            Default = PropertyValue.From(60),
            Validators = [Validate.Range(60, 300)],
            Rule = NotUpdatable,
        },
        new("fileIndex", TypeRef.Integer, "vod and url sources (a live source ignores it): the position in sourceUrls to start playing at, counting from 0. Defaults to 0.")
        {
            Default = PropertyValue.From(0),
            Validators = [Validate.AtLeast(0)],
            Rule = UpdateRule.InPlaceWhile(StoppedAndKeepsValueOrLive("fileIndex")),
        },
        new("offset", TypeRef.Integer, "vod and url sources (a live source ignores it): the second of the first file to start playing at (positive).")
        {
            Validators = [Validate.AtLeast(1)],
            Rule = UpdateRule.InPlaceWhile(StoppedAndKeepsValueOrLive("offset")),
        },
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("taskId", TypeRef.String, "The task id (also the resource id). A restart gives the task a new id, which refresh follows.") { Required = true },
        new("status", TypeRef.String, "NotStarted, Running, Abnormal, Stopped or Exited, as of the last create, update or refresh.") { Required = true },
        new("invalidReason", TypeRef.String, "Why the task is abnormal, when the service says."),
        new("exitReason", TypeRef.String, "Why the task stopped or exited: TriggerByUser or OverEndTime."),
        new("currentOffset", TypeRef.Number, "vod and url sources: the playing position in the current file, in seconds."),
        new("currentFileIndex", TypeRef.Integer, "vod and url sources: the position in sourceUrls of the file playing now, counting from 0."),
        .. ObjectLocation.Outputs("Live", withRegion: false),
    ];
}
