namespace AlicloudLive.Cloud.Live;

/// <summary>The key is DomainName + AppName + StreamName (null/"" = the whole app).</summary>
public sealed record AddLiveRecordVodConfigRequest(string DomainName, string AppName, string? VodTranscodeGroupId)
{
    public string? StreamName { get; init; }

    public int? CycleDuration { get; init; }

    /// <summary>Sent as ON/OFF; true requires ComposeVodTranscodeGroupId.</summary>
    public bool? AutoCompose { get; init; }

    public string? ComposeVodTranscodeGroupId { get; init; }

    public int? OnDemand { get; init; }

    public string? StorageLocation { get; init; }

    public int? DelayTime { get; init; }

    /// <summary>raw, transcode, or raw,transcode.</summary>
    public string? RecordContent { get; init; }

    public IReadOnlyList<string>? TranscodeTemplates { get; init; }

    public IReadOnlyList<RecordFormat>? RecordFormats { get; init; }

    public string? SpaceId { get; init; }
}

/// <summary>Like Add, minus RecordContent, SpaceId and StorageLocation (not updatable).</summary>
public sealed record UpdateLiveRecordVodConfigRequest(string DomainName, string AppName, string? VodTranscodeGroupId)
{
    public string? StreamName { get; init; }

    public int? CycleDuration { get; init; }

    public bool? AutoCompose { get; init; }

    public string? ComposeVodTranscodeGroupId { get; init; }

    public int? OnDemand { get; init; }

    public int? DelayTime { get; init; }

    public IReadOnlyList<string>? TranscodeTemplates { get; init; }

    public IReadOnlyList<RecordFormat>? RecordFormats { get; init; }
}

public sealed record DeleteLiveRecordVodConfigRequest(string DomainName, string AppName)
{
    public string? StreamName { get; init; }
}

public sealed record DescribeLiveRecordVodConfigsRequest(string DomainName)
{
    public string? AppName { get; init; }

    public string? StreamName { get; init; }

    public int? PageNum { get; init; }

    /// <summary>5–100.</summary>
    public int? PageSize { get; init; }
}

public sealed record DescribeLiveRecordVodConfigsResponse(
    string? RequestId, int Total, int? PageNum, int? PageSize, IReadOnlyList<LiveRecordVodConfig> Configs);
