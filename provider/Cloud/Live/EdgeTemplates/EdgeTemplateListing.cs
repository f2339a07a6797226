namespace AlicloudLive.Cloud.Live;

/// <summary>Filters of ListEdgeTranscodeTemplate; Keyword matches an id exactly or a name fuzzily.</summary>
public sealed record ListEdgeTranscodeTemplateRequest(string ClusterId)
{
    public string? Keyword { get; init; }

    /// <summary>common, nbhd-2 or … (the edge transcoding type).</summary>
    public string? Type { get; init; }

    /// <summary>H.264 or H.265.</summary>
    public string? VideoCodec { get; init; }

    /// <summary>asc or desc by creation time.</summary>
    public string? SortBy { get; init; }

    public int? PageNo { get; init; }

    /// <summary>1 to 100.</summary>
    public int? PageSize { get; init; }
}

/// <summary>An edge transcode template as the list returns it.</summary>
public sealed record EdgeTranscodeTemplate(
    string TemplateId,
    string? Name,
    string? Type,
    string? Codec,
    string? Bitrate,
    string? Fps,
    string? Gop,
    string? Resolution,
    string? CreateTime);

public sealed record ListEdgeTranscodeTemplateResponse(string? RequestId, int TotalCount, IReadOnlyList<EdgeTranscodeTemplate> Templates);
