namespace AlicloudLive.Cloud.Ice;

/// <summary>Filters of ListLiveTranscodeTemplates; all optional. KeyWord matches an id exactly or a name fuzzily.</summary>
public sealed record ListLiveTranscodeTemplatesRequest
{
    public string? KeyWord { get; init; }

    /// <summary>system or customized.</summary>
    public string? Category { get; init; }

    /// <summary>normal, narrow-band, audio-only or origin.</summary>
    public string? Type { get; init; }

    /// <summary>H.264 or H.265.</summary>
    public string? VideoCodec { get; init; }

    /// <summary>asc or desc by creation time.</summary>
    public string? SortBy { get; init; }

    public int? PageNo { get; init; }

    /// <summary>At most 100.</summary>
    public int? PageSize { get; init; }
}

/// <summary>A template as the list returns it, with the video and audio settings of its TemplateConfig.</summary>
public sealed record LiveTranscodeTemplateSummary(
    string TemplateId,
    string? Name,
    string? Type,
    string? Category,
    string? CreateTime,
    string? VideoCodec,
    string? VideoBitrate,
    string? Width,
    string? Height,
    string? Fps,
    string? AudioCodec,
    string? AudioBitrate);

public sealed record ListLiveTranscodeTemplatesResponse(string? RequestId, int TotalCount, IReadOnlyList<LiveTranscodeTemplateSummary> Templates);
