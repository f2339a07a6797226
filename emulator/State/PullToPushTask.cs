namespace AlicloudLive.Emulator.State;

/// <summary>A pull-to-push task as stored; it exists only until EndTime, and its status follows the clock.</summary>
public sealed class PullToPushTask
{
    public required string TaskId { get; set; }

    public required string Region { get; set; }

    public string? TaskName { get; set; }

    public required string SourceType { get; set; }

    public string? SourceProtocol { get; set; }

    public required List<string> SourceUrls { get; init; }

    public required string DstUrl { get; set; }

    public required DateTimeOffset StartTime { get; set; }

    public required DateTimeOffset EndTime { get; set; }

    public string? CallbackUrl { get; set; }

    public int? RepeatNumber { get; set; }

    public int RetryCount { get; set; }

    public int RetryInterval { get; set; }

    public int? FileIndex { get; set; }

    public int? Offset { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public bool Abnormal { get; set; }

    public bool Exists(DateTimeOffset now) => now < EndTime;

    public PullToPushTaskStatus Status(DateTimeOffset now) =>
        StoppedAt is not null ? PullToPushTaskStatus.Stopped
        : now < StartTime ? PullToPushTaskStatus.NotStarted
        : Abnormal ? PullToPushTaskStatus.Abnormal
        : PullToPushTaskStatus.Running;

    /// <summary>Running or Abnormal: what Stop and the admin source-failure extension act on.</summary>
    public bool IsRunning(DateTimeOffset now) => Status(now) is PullToPushTaskStatus.Running or PullToPushTaskStatus.Abnormal;
}
