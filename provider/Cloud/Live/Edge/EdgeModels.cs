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

/// <summary>An edge transcode template; the API gives every figure as a string ("3000", "2s", "1920*1080").</summary>
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
