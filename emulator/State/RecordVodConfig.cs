namespace AlicloudLive.Emulator.State;

/// <summary>A record-to-VOD config, keyed by domain, app and stream (no id of its own).</summary>
public sealed class RecordVodConfig
{
    public required string DomainName { get; set; }

    public required string AppName { get; set; }

    public required string StreamName { get; set; }

    public required DateTimeOffset CreateTime { get; set; }

    public required string VodTranscodeGroupId { get; set; }

    public int CycleDuration { get; set; } = 3600;

    public string AutoCompose { get; set; } = "OFF";

    public string? ComposeVodTranscodeGroupId { get; set; }

    public int OnDemand { get; set; }

    public string? StorageLocation { get; set; }

    public int? DelayTime { get; set; }

    /// <summary>Unset until a client sends it: no record-to-VOD page documents a value or a default.</summary>
    public string? RecordContent { get; set; }

    public List<string> TranscodeTemplates { get; set; } = [];

    public List<Dictionary<string, string>> RecordFormats { get; set; } = [];

    public string? SpaceId { get; set; }

    public bool FormatConfig { get; set; }

    /// <summary>A deep copy, so an update can be validated before it replaces the stored config.</summary>
    public RecordVodConfig Copy()
    {
        var copy = (RecordVodConfig)MemberwiseClone();
        copy.TranscodeTemplates = [.. TranscodeTemplates];
        copy.RecordFormats = RecordFormats.Select(f => new Dictionary<string, string>(f, StringComparer.Ordinal)).ToList();
        return copy;
    }

    public bool HasKey(string domain, string app, string stream) =>
        DomainName == domain && AppName == app && StreamName == stream;
}
