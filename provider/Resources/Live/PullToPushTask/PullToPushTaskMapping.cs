using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Schema;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskSchema;
using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>Inputs → pull-to-push requests, and described tasks → outputs.</summary>
internal static class PullToPushTaskMapping
{
    public static CreateLivePullToPushRequest Create(PullToPushTaskArgs args) => new(
        args.Region,
        Time(args.StartTime),
        Time(args.EndTime),
        args.SourceType,
        args.SourceUrls,
        args.DstUrl)
    {
        SourceProtocol = args.SourceProtocol,
        TaskName = args.TaskName,
        CallbackUrl = args.CallbackUrl,
        RepeatNumber = args.RepeatNumber,
        RetryCount = args.RetryCount,
        RetryInterval = args.RetryInterval,
        FileIndex = args.FileIndex,
        Offset = args.Offset,
    };

    /// <summary>
    /// Every setting UpdateLivePullToPush takes, with its desired value: the API does not document that it keeps what
    /// it is not sent. The file-position settings go only to vod and url sources (a live source ignores them).
    /// </summary>
    public static UpdateLivePullToPushRequest Update(string taskId, PullToPushTaskArgs args)
    {
        var fileSource = !args.IsLive;
        return new(taskId, args.Region)
        {
            StartTime = Time(args.StartTime),
            EndTime = Time(args.EndTime),
            SourceUrls = args.SourceUrls,
            CallbackUrl = args.CallbackUrl,
            RepeatNumber = fileSource ? args.RepeatNumber : null,
            FileIndex = fileSource ? args.FileIndex : null,
            Offset = fileSource ? args.Offset : null,
        };
    }

    /// <summary>
    /// Outputs from what Describe returns, in <paramref name="region"/> (Describe does not echo it). A field the
    /// answer leaves out keeps its <paramref name="recorded"/> value; empty strings count as absent. A live source
    /// ignores the file-position settings, so theirs stay as recorded (absent on import), whatever the answer says.
    /// </summary>
    public static PullToPushTaskState Outputs(CloudTask task, string region, PullToPushTaskState recorded)
    {
        var info = task.Info;
        var sourceType = Text(info.SourceType) ?? recorded.SourceType;
        var fileSource = !string.Equals(sourceType, LiveSource, StringComparison.OrdinalIgnoreCase);
        return new()
        {
            Region = region,
            TaskName = Text(info.TaskName) ?? recorded.TaskName,
            SourceType = sourceType,
            SourceProtocol = Text(info.SourceProtocol) ?? recorded.SourceProtocol,
            SourceUrls = info.SourceUrls.Count > 0 ? info.SourceUrls : recorded.SourceUrls,
            DstUrl = Text(info.DstUrl) ?? recorded.DstUrl,
            StartTime = info.StartTime is { } start ? Timestamps.ToText(start) : recorded.StartTime,
            EndTime = info.EndTime is { } end ? Timestamps.ToText(end) : recorded.EndTime,
            CallbackUrl = Text(info.CallbackUrl) ?? recorded.CallbackUrl,
            RepeatNumber = fileSource ? info.RepeatNumber ?? recorded.RepeatNumber : recorded.RepeatNumber,
            RetryCount = info.RetryCount ?? recorded.RetryCount,
            RetryInterval = info.RetryInterval ?? recorded.RetryInterval,
            FileIndex = fileSource ? info.FileIndex ?? recorded.FileIndex : recorded.FileIndex,
            Offset = fileSource ? Positive(info.Offset) ?? recorded.Offset : recorded.Offset,
            TaskId = task.TaskId,
            Status = task.TaskStatus?.ToString() ?? recorded.Status ?? nameof(PullToPushTaskStatus.NotStarted),
            InvalidReason = Text(task.TaskInvalidReason),
            ExitReason = Text(task.TaskExitReason),
            CurrentOffset = fileSource ? task.CurrentOffset : null,
            CurrentFileIndex = fileSource ? task.CurrentFileIndex : null,
        };
    }

    /// <summary>A time Check has accepted (Validate.UtcTimestamp).</summary>
    private static DateTimeOffset Time(string text) =>
        Timestamps.TryParse(text, out var time) ? time : throw new InvalidOperationException($"{text} passed Check but is not a UTC time");

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int? Positive(int? value) => value > 0 ? value : null;
}
