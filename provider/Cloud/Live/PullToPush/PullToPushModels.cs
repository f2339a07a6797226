namespace AlicloudLive.Cloud.Live;

/// <summary>TaskStatus as the API numbers it.</summary>
public enum PullToPushTaskStatus
{
    Exited = -1,
    NotStarted = 0,
    Running = 1,
    Abnormal = 2,
    Stopped = 3,
}

/// <summary>The task's configuration as Describe returns it (TaskInfo).</summary>
public sealed record PullToPushTaskInfo(
    string? TaskId,
    string? TaskName,
    string? SourceType,
    string? SourceProtocol,
    IReadOnlyList<string> SourceUrls,
    string? DstUrl,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? CallbackUrl,
    int? RepeatNumber,
    int? RetryCount,
    int? RetryInterval,
    int? FileIndex,
    int? Offset);

/// <summary>A task with its runtime state.</summary>
public sealed record PullToPushTask(
    string TaskId,
    PullToPushTaskStatus? TaskStatus,
    string? TaskInvalidReason,
    string? TaskExitReason,
    DateTimeOffset? TaskExitTime,
    long? CurrentOffset,
    int? CurrentFileIndex,
    PullToPushTaskInfo Info)
{
    /// <summary>
    /// True when the answer carries what Describe does: the runtime status, the configuration, and for file sources the
    /// current position. A list item that lacks any of them cannot stand in for Describe.
    /// </summary>
    internal bool CarriesDescribeFields =>
        TaskStatus is not null && Info.SourceType is not null && Info.SourceUrls.Count > 0 && Info.DstUrl is not null
        && Info.StartTime is not null && Info.EndTime is not null
        && (Info.SourceType == "live" || (CurrentOffset is not null && CurrentFileIndex is not null));
}
