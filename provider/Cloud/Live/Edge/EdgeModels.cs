namespace AlicloudLive.Cloud.Live;

/// <summary>Edge job Status as the API means it (sent as the string "0" or "1").</summary>
public enum EdgeTranscodeJobStatus
{
    NotStarted = 0,
    Running = 1,
}

/// <summary>An edge transcode job as Get/List return it.</summary>
public sealed record EdgeTranscodeJob(
    string JobId,
    string? Name,
    EdgeTranscodeJobStatus? Status,
    string? StreamInput,
    string? StreamOutput,
    string? TemplateId,
    string? TemplateName,
    string? Type,
    string? CreateTime,
    string? LastStartAt,
    string? LastStopAt);
