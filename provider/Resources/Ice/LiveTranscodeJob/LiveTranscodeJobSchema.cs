using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>Schema, validation and update rules of alicloud-live:ice:LiveTranscodeJob (design.md §6).</summary>
internal static class LiveTranscodeJobSchema
{
    public const string Token = "alicloud-live:ice:LiveTranscodeJob";
    public const string Immediate = "Immediate";
    public const string Timed = "Timed";

    /// <summary>
    /// UpdateLiveTranscodeJob changes a non-timed job's name only; a timed job's input, output and times only
    /// until it starts.
    /// </summary>
    public static readonly StateCondition TimedAndNotStarted = new(
        "the job is Timed and has not started",
        context =>
        {
            var mode = context.OldInputs.GetString("startMode") ?? Immediate;
            if (mode != Timed)
            {
                return $"for a job whose startMode is {mode} (UpdateLiveTranscodeJob changes only the name of a non-timed job)";
            }

            var status = context.OldOutputs.GetString("status");
            if (status is not null && status != "NotStarted")
            {
                return $"once the job has started (status {status})";
            }

            return StateConditions.StartTimePassed(context, context.OldInputs, "timedConfig.startTime", "job");
        });

    public static readonly EnumType StartMode = new(
        "alicloud-live:ice:LiveTranscodeJobStartMode",
        "When the job starts.",
        [
            new("Immediate", Immediate, "Starts as soon as it is submitted (StartMode 0)."),
            new("Timed", Timed, "Starts at timedConfig.startTime (StartMode 1)."),
        ]);

    public static readonly ObjectType StreamInput = new(
        "alicloud-live:ice:LiveTranscodeJobStreamInput",
        "The live stream the job transcodes.",
        [
            new("type", TypeRef.String, "The input type; only rtmp (any case).")
            {
                Default = PropertyValue.From("rtmp"),
                MaxLength = TextRules.PluginMaxLength,
                IgnoreCase = true,
                Validators = [Validate.OneOfIgnoringCase("rtmp")],
            },
            new("inputUrl", TypeRef.String, "The RTMP URL of the source stream, e.g. rtmp://live.example.com/app/stream.")
            {
                Required = true,
                MaxLength = TextRules.PluginMaxLength,
                Validators = [Validate.UrlWithScheme("rtmp")],
            },
        ]);

    public static readonly ObjectType TranscodeOutput = new(
        "alicloud-live:ice:LiveTranscodeJobTranscodeOutput",
        "Where the transcoded streams go.",
        [
            new("type", TypeRef.String, "The output type; only LiveCenter (any case).")
            {
                Default = PropertyValue.From("LiveCenter"),
                MaxLength = TextRules.PluginMaxLength,
                IgnoreCase = true,
                Validators = [Validate.OneOfIgnoringCase("LiveCenter")],
            },
            new("domainName", TypeRef.String, "The streaming domain in ApsaraVideo Live that receives the output streams. Optional for SubmitLiveTranscodeJob; UpdateLiveTranscodeJob sends the output only when it is set, because that API requires it.")
            {
                MaxLength = TextRules.PluginMaxLength,
                Validators = [Validate.NotEmpty()],
            },
        ]);

    public static readonly ObjectType TimedConfig = new(
        "alicloud-live:ice:LiveTranscodeJobTimedConfig",
        "The start and end of a Timed job, ISO 8601 UTC, each optional and each within 7 days of now, before or after.",
        [
            new("startTime", TypeRef.String, "When the job starts, e.g. 2026-01-02T15:04:05Z.")
            {
                MaxLength = Timestamps.Format.Length,
                Validators = [Validate.UtcTimestamp()],
            },
            new("endTime", TypeRef.String, "When the job ends; after startTime when both are set.")
            {
                MaxLength = Timestamps.Format.Length,
                Validators = [Validate.UtcTimestamp()],
            },
        ]);

    private static readonly UpdateRule WhileTimedAndNotStarted = UpdateRule.InPlaceWhile(TimedAndNotStarted);

    /// <summary>An Immediate job ignores its timedConfig, so a change to it changes nothing in the cloud.</summary>
    private static readonly StateCondition IgnoredOrTimedAndNotStarted = new(
        "the job is Immediate (which ignores it), or Timed and not started",
        context => (context.OldInputs.GetString("startMode") ?? Immediate) == Immediate ? null : TimedAndNotStarted.Blocker(context));

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        new("name", TypeRef.String, "The job name. Autonamed from the resource name when left out.")
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
        },
        new("templateId", TypeRef.String, "The ICE live transcoding template.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Rule = UpdateRule.Replace("UpdateLiveTranscodeJob does not accept it"),
        },
        new("startMode", StartMode, "Immediate (default) or Timed.")
        {
            Default = PropertyValue.From(Immediate),
            Rule = UpdateRule.Replace("UpdateLiveTranscodeJob does not accept it"),
        },
        new("streamInput", StreamInput, "The source stream.") { Required = true, Rule = WhileTimedAndNotStarted },
        new("transcodeOutput", TranscodeOutput, "The output target.") { Required = true, Rule = WhileTimedAndNotStarted },
        new("timedConfig", TimedConfig, "Start and end times: required when startMode is Timed; ignored (not sent) when it is Immediate.")
        {
            Rule = UpdateRule.InPlaceWhile(IgnoredOrTimedAndNotStarted),
        },
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("jobId", TypeRef.String, "The job id (also the resource id).") { Required = true },
        new("status", TypeRef.String, "NotStarted, Running or Stopped, as of the last create, update or refresh.") { Required = true },
        new("templateName", TypeRef.String, "The template's name."),
        new("templateType", TypeRef.String, "The template's type: normal, narrow-band, audio-only or origin."),
        new("outputStreams", TypeRef.ArrayOf(new ObjectType(
            "alicloud-live:ice:LiveTranscodeJobOutputStream",
            "One transcoded output stream.",
            [
                new("type", TypeRef.String, "The stream protocol, e.g. rtmp."),
                new("outputUrl", TypeRef.String, "The stream's URL."),
            ])), "The transcoded streams the job publishes."),
        new("createTime", TypeRef.String, "When the job was created."),
        .. ObjectLocation.Outputs("ICE"),
    ];
}
