using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>The inputs of alicloud-live:ice:LiveTranscodeJob, each with its update rule (docs/design.md §6).</summary>
[PropertyModel]
internal sealed partial record LiveTranscodeJobArgs
{
    private static readonly UpdateRule NotUpdatable = UpdateRule.Replace("UpdateLiveTranscodeJob does not accept it");

    [Property("The job name. Autonamed from the resource name when left out.")]
    public string? Name { get; init; }

    [Property("The ICE live transcoding template.")]
    public required string TemplateId { get; init; }

    [Property("Immediate (default) or Timed.", Default = Immediate)]
    public string? StartMode { get; init; }

    [Property("The source stream.")]
    public required LiveTranscodeJobStreamInput StreamInput { get; init; }

    [Property("The output target.")]
    public required LiveTranscodeJobTranscodeOutput TranscodeOutput { get; init; }

    [Property("Start and end times: required when startMode is Timed; ignored (not sent) when it is Immediate.")]
    public LiveTranscodeJobTimedConfig? TimedConfig { get; init; }

    public bool IsTimed => StartMode == Timed;

    private static PropertySpecs Specs => new()
    {
        [nameof(Name)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()] },
        [nameof(TemplateId)] = new() { MaxLength = TextRules.PluginMaxLength, Rule = NotUpdatable },
        [nameof(StartMode)] = new() { Type = LiveTranscodeJobSchema.StartMode, Rule = NotUpdatable },
        [nameof(StreamInput)] = new() { Rule = UpdateRule.InPlaceWhile(TimedAndNotStarted) },
        [nameof(TranscodeOutput)] = new() { Rule = UpdateRule.InPlaceWhile(TimedAndNotStarted) },
        [nameof(TimedConfig)] = new() { Rule = UpdateRule.InPlaceWhile(IgnoredOrTimedAndNotStarted) },
    };
}

/// <summary>The outputs of alicloud-live:ice:LiveTranscodeJob: its inputs as ICE holds them, and these.</summary>
[PropertyModel(Echoes = typeof(LiveTranscodeJobArgs))]
internal sealed partial record LiveTranscodeJobState
{
    [Property("The job id (also the resource id).", Required = true)]
    public string? JobId { get; init; }

    [Property("NotStarted, Running or Stopped, as of the last create, update or refresh.", Required = true)]
    public string? Status { get; init; }

    [Property("The template's name.")]
    public string? TemplateName { get; init; }

    [Property("The template's type: normal, narrow-band, audio-only or origin.")]
    public string? TemplateType { get; init; }

    [Property("The transcoded streams the job publishes.")]
    public IReadOnlyList<LiveTranscodeJobOutputStream>? OutputStreams { get; init; }

    [Property("When the job was created.")]
    public string? CreateTime { get; init; }
}

[PropertyModel("alicloud-live:ice:LiveTranscodeJobStreamInput", "The live stream the job transcodes.")]
internal sealed partial record LiveTranscodeJobStreamInput
{
    [Property("The input type; only rtmp (any case).", Default = "rtmp", IgnoreCase = true)]
    public string? Type { get; init; }

    [Property("The RTMP URL of the source stream, e.g. rtmp://live.example.com/app/stream.")]
    public required string InputUrl { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(Type)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.OneOfIgnoringCase("rtmp")] },
        [nameof(InputUrl)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.UrlWithScheme("rtmp")] },
    };
}

[PropertyModel("alicloud-live:ice:LiveTranscodeJobTranscodeOutput", "Where the transcoded streams go.")]
internal sealed partial record LiveTranscodeJobTranscodeOutput
{
    [Property("The output type; only LiveCenter (any case).", Default = "LiveCenter", IgnoreCase = true)]
    public string? Type { get; init; }

    [Property("The streaming domain in ApsaraVideo Live that receives the output streams. Optional for SubmitLiveTranscodeJob; UpdateLiveTranscodeJob sends the output only when it is set, because that API requires it.")]
    public string? DomainName { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(Type)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.OneOfIgnoringCase("LiveCenter")] },
        [nameof(DomainName)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()] },
    };
}

[PropertyModel(
    "alicloud-live:ice:LiveTranscodeJobTimedConfig",
    "The start and end of a Timed job, ISO 8601 UTC, each optional and each within 7 days of now, before or after.")]
internal sealed partial record LiveTranscodeJobTimedConfig
{
    [Property("When the job starts, e.g. 2026-01-02T15:04:05Z.")]
    public string? StartTime { get; init; }

    [Property("When the job ends; after startTime when both are set.")]
    public string? EndTime { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(StartTime)] = new() { MaxLength = Timestamps.Format.Length, Validators = [Validate.UtcTimestamp()] },
        [nameof(EndTime)] = new() { MaxLength = Timestamps.Format.Length, Validators = [Validate.UtcTimestamp()] },
    };
}

[PropertyModel("alicloud-live:ice:LiveTranscodeJobOutputStream", "One transcoded output stream.")]
internal sealed partial record LiveTranscodeJobOutputStream
{
    [Property("The stream protocol, e.g. rtmp.")]
    public string? Type { get; init; }

    [Property("The stream's URL.")]
    public string? OutputUrl { get; init; }
}
