namespace AlicloudLive.Cloud.Live;

/// <summary>Name: letters, digits, CJK, - and _, at most 255 characters.</summary>
public sealed record CreateEdgeTranscodeJobRequest(string ClusterId, string Name, string TemplateId, string StreamInput, string StreamOutput);

/// <summary>Fields left null are not sent; the API allows updates only while the job is not started.</summary>
public sealed record UpdateEdgeTranscodeJobRequest(string ClusterId, string JobId)
{
    public string? Name { get; init; }

    public string? TemplateId { get; init; }

    public string? StreamInput { get; init; }

    public string? StreamOutput { get; init; }
}

/// <summary>Identifies a job for Get, Start, Stop and Delete.</summary>
public sealed record EdgeTranscodeJobRequest(string ClusterId, string JobId);

public sealed record EdgeTranscodeJobIdResponse(string? RequestId, string? JobId);

public sealed record GetEdgeTranscodeJobResponse(string? RequestId, EdgeTranscodeJob Job);

public sealed record ListEdgeTranscodeJobRequest(string ClusterId)
{
    public string? Keyword { get; init; }

    public int? PageNo { get; init; }

    public int? PageSize { get; init; }

    public string? SortBy { get; init; }

    public int? Status { get; init; }

    public string? Type { get; init; }
}

public sealed record ListEdgeTranscodeJobResponse(string? RequestId, int TotalCount, IReadOnlyList<EdgeTranscodeJob> Jobs);

/// <summary>Identifies a template of an edge cluster.</summary>
public sealed record GetEdgeTranscodeTemplateRequest(string ClusterId, string TemplateId);

public sealed record GetEdgeTranscodeTemplateResponse(string? RequestId, EdgeTranscodeTemplate Template);

/// <summary>Keyword matches a template id exactly or a name fuzzily; PageSize 1–100.</summary>
public sealed record ListEdgeTranscodeTemplateRequest(string ClusterId)
{
    public string? Keyword { get; init; }

    public int? PageNo { get; init; }

    public int? PageSize { get; init; }

    public string? SortBy { get; init; }

    public string? Type { get; init; }

    public string? VideoCodec { get; init; }
}

public sealed record ListEdgeTranscodeTemplateResponse(string? RequestId, int TotalCount, IReadOnlyList<EdgeTranscodeTemplate> Templates);
