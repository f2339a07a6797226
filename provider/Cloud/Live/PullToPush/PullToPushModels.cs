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
    PullToPushTaskInfo Info);
