namespace AlicloudLive.Cloud.Live;

/// <summary>One RecordFormat entry, sent flattened as RecordFormat.N.Field.</summary>
public sealed record RecordFormat(string Format)
{
    /// <summary>Slice length in seconds (5–30).</summary>
    public int? SliceDuration { get; init; }

    public string? AutoCompose { get; init; }

    public string? ProcessMethod { get; init; }

    public string? ProcessTemplateId { get; init; }

    public string? VideoProcess { get; init; }

    public string? Tags { get; init; }
}

/// <summary>A record-to-VOD config as DescribeLiveRecordVodConfigs returns it.</summary>
public sealed record LiveRecordVodConfig(
    string DomainName,
    string AppName,
    string StreamName,
    string? CreateTime,
    int? CycleDuration,
    int? DelayTime,
    int? OnDemand,
    bool? AutoCompose,
    string? ComposeVodTranscodeGroupId,
    string? VodTranscodeGroupId,
    string? StorageLocation,
    string? SpaceId,
    string? RecordContent,
    IReadOnlyList<string> TranscodeTemplates,
    IReadOnlyList<RecordFormat> RecordFormats);
