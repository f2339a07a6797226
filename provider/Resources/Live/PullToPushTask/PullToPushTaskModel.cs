using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskConditions;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>The inputs of alicloud-live:live:PullToPushTask, each with its update rule (docs/design.md §6).</summary>
[PropertyModel]
internal sealed partial record PullToPushTaskArgs
{
    private static readonly UpdateRule NotUpdatable = UpdateRule.Replace("UpdateLivePullToPush does not accept it");

    [Property("The live centre that runs the task: ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai or cn-shenzhen (not the endpoint's region).")]
    public required string Region { get; init; }

    [Property("The task name. Autonamed from the resource name when left out.")]
    public string? TaskName { get; init; }

    [Property("What the task pulls: live, vod or url (any case).", IgnoreCase = true)]
    public required string SourceType { get; init; }

    [Property("The protocol of a live source (any case): required when sourceType is live; vod and url sources ignore it.", IgnoreCase = true)]
    public string? SourceProtocol { get; init; }

    [Property("What the task pulls, in order: exactly 1 stream URL for a live source; 1 to 30 VOD media IDs (vod) or MP4/HTTP-FLV URLs (url).")]
    public required IReadOnlyList<string> SourceUrls { get; init; }

    [Property("The rtmp:// URL the task pushes to; a URL serves one task at a time.")]
    public required string DstUrl { get; init; }

    [Property("When the task starts, ISO 8601 UTC such as 2026-01-02T15:04:05Z; at most 7 days before endTime.")]
    public required string StartTime { get; init; }

    [Property("When the task ends, ISO 8601 UTC: after startTime and in the future. The service deletes the task at this time.")]
    public required string EndTime { get; init; }

    [Property("The URL notified of task events.")]
    public string? CallbackUrl { get; init; }

    [Property("vod and url sources (a live source ignores it): 0 plays the list once, -1 loops it, N plays it N more times.")]
    public int? RepeatNumber { get; init; }

    [Property("How many times a failed pull is retried. Defaults to 3.", Default = 3)]
    public int? RetryCount { get; init; }

    [Property("Seconds between retries, 60 to 300. Defaults to 60.", Default = 60)]
    public int? RetryInterval { get; init; }

    [Property("vod and url sources (a live source ignores it): the position in sourceUrls to start playing at, counting from 0. Defaults to 0.", Default = 0)]
    public int? FileIndex { get; init; }

    [Property("vod and url sources (a live source ignores it): the second of the first file to start playing at (positive).")]
    public int? Offset { get; init; }

    /// <summary>A live source ignores the file-position settings (repeatNumber, fileIndex, offset).</summary>
    public bool IsLive => string.Equals(SourceType, PullToPushTaskSchema.LiveSource, StringComparison.OrdinalIgnoreCase);

    private static PropertySpecs Specs => new()
    {
        [nameof(Region)] = new()
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.OneOf(PullToPushTaskSchema.Regions)],
            Rule = UpdateRule.InPlaceWhile(NotStarted),
        },
        [nameof(TaskName)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()], Rule = NotUpdatable },
        [nameof(SourceType)] = new() { Type = PullToPushTaskSchema.SourceType, Rule = NotUpdatable },
        [nameof(SourceProtocol)] = new() { Type = PullToPushTaskSchema.SourceProtocol, Rule = NotUpdatable },
        [nameof(SourceUrls)] = new()
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.ItemCount(1, 30)],
            Rule = UpdateRule.InPlaceWhile(Stopped),
        },
        [nameof(DstUrl)] = new() { MaxLength = TextRules.DocumentedUrlLength, Validators = [Validate.UrlWithScheme("rtmp")], Rule = NotUpdatable },
        [nameof(StartTime)] = new() { MaxLength = Timestamps.Format.Length, Validators = [Validate.UtcTimestamp()], Rule = UpdateRule.InPlaceWhile(NotStarted) },
        [nameof(EndTime)] = new()
        {
            MaxLength = Timestamps.Format.Length,
            Validators = [Validate.UtcTimestamp()],
            Rule = UpdateRule.InPlaceWhile(NotStarted.Or(Stopped) with { Description = NotStartedOrStopped }),
        },
        [nameof(CallbackUrl)] = new() { MaxLength = TextRules.DocumentedUrlLength, Rule = UpdateRule.InPlaceWhile(KeepsValue(Wire.CallbackUrl)) },
        [nameof(RepeatNumber)] = new() { Validators = [Validate.AtLeast(-1)], Rule = UpdateRule.InPlaceWhile(KeepsValue(Wire.RepeatNumber).Or(LiveSource)) },
        [nameof(RetryCount)] = new() { Rule = NotUpdatable },
        [nameof(RetryInterval)] = new() { Validators = [Validate.Range(60, 300)], Rule = NotUpdatable },
        [nameof(FileIndex)] = new()
        {
            Validators = [Validate.AtLeast(0)],
            Rule = UpdateRule.InPlaceWhile(KeepsValue(Wire.FileIndex).And(Stopped).Or(LiveSource) with { Description = StoppedKeepingValueOrLive }),
        },
        [nameof(Offset)] = new()
        {
            Validators = [Validate.AtLeast(1)],
            Rule = UpdateRule.InPlaceWhile(KeepsValue(Wire.Offset).And(Stopped).Or(LiveSource) with { Description = StoppedKeepingValueOrLive }),
        },
    };
}

/// <summary>The outputs of alicloud-live:live:PullToPushTask: its inputs as the cloud holds them, and these.</summary>
[PropertyModel(Echoes = typeof(PullToPushTaskArgs))]
internal sealed partial record PullToPushTaskState
{
    [Property("The task id (also the resource id). A restart gives the task a new id, which refresh follows.", Required = true)]
    public string? TaskId { get; init; }

    [Property("NotStarted, Running, Abnormal, Stopped or Exited, as of the last create, update or refresh.", Required = true)]
    public string? Status { get; init; }

    [Property("Why the task is abnormal, when the service says.")]
    public string? InvalidReason { get; init; }

    [Property("Why the task stopped or exited: TriggerByUser or OverEndTime.")]
    public string? ExitReason { get; init; }

    [Property("vod and url sources: the playing position in the current file, in seconds.")]
    public double? CurrentOffset { get; init; }

    [Property("vod and url sources: the position in sourceUrls of the file playing now, counting from 0.")]
    public int? CurrentFileIndex { get; init; }
}
