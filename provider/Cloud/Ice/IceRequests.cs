namespace AlicloudLive.Cloud.Ice;

public sealed record SubmitLiveTranscodeJobRequest(
    string Name,
    string TemplateId,
    int StartMode,
    LiveStreamInput StreamInput,
    LiveTranscodeOutput TranscodeOutput,
    LiveTimedConfig? TimedConfig = null);

public sealed record SubmitLiveTranscodeJobResponse(string? RequestId, string JobId);

public sealed record GetLiveTranscodeJobRequest(string JobId);

public sealed record GetLiveTranscodeJobResponse(string? RequestId, LiveTranscodeJob Job);

public sealed record ListLiveTranscodeJobsRequest
{
    /// <summary>A job id or a fuzzy name.</summary>
    public string? KeyWord { get; init; }

    public int? PageNo { get; init; }

    public int? PageSize { get; init; }

    public string? SortBy { get; init; }

    public int? StartMode { get; init; }

    public int? Status { get; init; }

    public string? Type { get; init; }
}

public sealed record ListLiveTranscodeJobsResponse(string? RequestId, int TotalCount, IReadOnlyList<LiveTranscodeJob> Jobs);

/// <summary>Fields left null are not sent (and so not changed).</summary>
public sealed record UpdateLiveTranscodeJobRequest(string JobId)
{
    public string? Name { get; init; }

    public LiveStreamInput? StreamInput { get; init; }

    public LiveTranscodeOutput? TranscodeOutput { get; init; }

    public LiveTimedConfig? TimedConfig { get; init; }
}

public sealed record DeleteLiveTranscodeJobRequest(string JobId);

/// <summary>Command "stop" is the only one the API has.</summary>
public sealed record SendLiveTranscodeJobCommandRequest(string JobId, string Command = "stop");

public sealed record GetLiveTranscodeTemplateRequest(string TemplateId);

public sealed record GetLiveTranscodeTemplateResponse(string? RequestId, LiveTranscodeTemplate Template);
