namespace AlicloudLive.Cloud.Ice;

/// <summary>ICE live transcode job status as the API numbers it.</summary>
public enum LiveTranscodeJobStatus
{
    NotStarted = 0,
    Running = 1,
    Stopped = 2,
}

/// <summary>The job's input: Type is "rtmp".</summary>
public sealed record LiveStreamInput(string Type, string InputUrl);

/// <summary>The job's output target: Type is "LiveCenter".</summary>
public sealed record LiveTranscodeOutput(string Type, string? DomainName);

/// <summary>Start and end of a timed job (StartMode 1).</summary>
public sealed record LiveTimedConfig(DateTimeOffset? StartTime, DateTimeOffset? EndTime);

/// <summary>One transcoded output stream.</summary>
public sealed record LiveOutputStream(string? Type, string? OutputUrl);

/// <summary>A job as Get/List return it (no TimedConfig and no output DomainName: the API does not return them).</summary>
public sealed record LiveTranscodeJob(
    string JobId,
    string? Name,
    string? CreateTime,
    int? StartMode,
    LiveTranscodeJobStatus? Status,
    string? TemplateId,
    string? TemplateName,
    string? TemplateType,
    LiveStreamInput? StreamInput,
    IReadOnlyList<LiveOutputStream> OutputStreams);

/// <summary>A live transcode template (only what the provider reads).</summary>
public sealed record LiveTranscodeTemplate(string TemplateId, string? Name, string? Type, string? Category, string? CreateTime);
