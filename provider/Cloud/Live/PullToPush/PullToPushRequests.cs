namespace AlicloudLive.Cloud.Live;

/// <summary>Region is the live centre (ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai), not the endpoint.</summary>
public sealed record CreateLivePullToPushRequest(
    string Region,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string SourceType,
    IReadOnlyList<string> SourceUrls,
    string DstUrl)
{
    public string? SourceProtocol { get; init; }

    public string? TaskName { get; init; }

    public string? CallbackUrl { get; init; }

    public int? RepeatNumber { get; init; }

    public int? RetryCount { get; init; }

    public int? RetryInterval { get; init; }

    public int? FileIndex { get; init; }

    public int? Offset { get; init; }
}

public sealed record CreateLivePullToPushResponse(string? RequestId, string TaskId);

/// <summary>Fields left null are not sent (and so not changed).</summary>
public sealed record UpdateLivePullToPushRequest(string TaskId, string Region)
{
    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public IReadOnlyList<string>? SourceUrls { get; init; }

    public int? RepeatNumber { get; init; }

    public int? Offset { get; init; }

    public string? CallbackUrl { get; init; }

    public int? FileIndex { get; init; }
}

/// <summary>Identifies a task for Describe, Delete, Stop and Restart.</summary>
public sealed record PullToPushTaskRequest(string TaskId, string Region);

public sealed record DescribeLivePullToPushResponse(string? RequestId, PullToPushTask Task);

/// <summary>TaskId, TaskName and DstUrl match fuzzily.</summary>
public sealed record DescribeLivePullToPushListRequest(string Region)
{
    public string? TaskId { get; init; }

    public string? TaskName { get; init; }

    public string? DstUrl { get; init; }

    public int? PageNumber { get; init; }

    public int? PageSize { get; init; }
}

public sealed record DescribeLivePullToPushListResponse(
    string? RequestId, int Total, int? PageNumber, int? PageSize, IReadOnlyList<PullToPushTask> Tasks);

/// <summary>Stop and Restart may answer with a NEW TaskId (adopt it); null when the answer carried none.</summary>
public sealed record PullToPushTaskIdResponse(string? RequestId, string? TaskId);
