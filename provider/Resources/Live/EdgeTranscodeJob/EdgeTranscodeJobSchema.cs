using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>Schema, validation and update rules of alicloud-live:live:EdgeTranscodeJob (design.md §6).</summary>
internal static class EdgeTranscodeJobSchema
{
    public const string Token = "alicloud-live:live:EdgeTranscodeJob";
    public const string Running = "Running";
    public const string NotStarted = "NotStarted";

    /// <summary>The inputs UpdateEdgeTranscodeJob accepts; the API takes them only while the job is not running.</summary>
    public static readonly IReadOnlyList<string> JobSettings = ["name", "templateId", "streamInput", "streamOutput"];

    /// <summary>
    /// A running job must be stopped before UpdateEdgeTranscodeJob. The provider stops it only when the same change
    /// asks for that (running becomes false); otherwise stopping a live transcode is the user's call, so it replaces.
    /// </summary>
    public static readonly StateCondition NotRunningOrStopping = new(
        "the job is not running, or the same change sets running to false (the job is stopped, then updated)",
        context =>
        {
            if (context.OldOutputs.GetString("status") != Running || context.NewInputs.GetBool("running") == false)
            {
                return null;
            }

            return "while the job is running (status Running) and running stays true";
        });

    private static readonly UpdateRule WhileNotRunning = UpdateRule.InPlaceWhile(NotRunningOrStopping);

    /// <summary>StreamInput and StreamOutput: any absolute URL (rtmp://, srt://, http(s)://, artc://, ...).</summary>
    private static readonly Validator StreamUrl = new(
        "be an absolute URL with a host, such as rtmp://live.example.com/app/stream",
        v => v is StringValue s && Uri.TryCreate(s.Value, UriKind.Absolute, out var uri) && uri.Host.Length > 0);

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        new("clusterId", TypeRef.String, "The edge transcoding cluster that runs the job; the resource id is <clusterId>/<jobId>.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.Matches(@"^[^/\s]+$", "be a cluster id without / or spaces")],
            Rule = UpdateRule.Replace("a job belongs to its cluster"),
        },
        new("name", TypeRef.String, "The job name: letters, digits, Chinese characters, - and _. Autonamed from the resource name when left out.")
        {
            MaxLength = 255,
            Validators = [Validate.Matches(@"^[A-Za-z0-9\u4e00-\u9fff_-]+$", "contain only letters, digits, Chinese characters, - and _")],
            Rule = WhileNotRunning,
        },
        new("templateId", TypeRef.String, "The edge transcoding template, one of the cluster's templates.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
            Rule = WhileNotRunning,
        },
        new("streamInput", TypeRef.String, "The URL of the source stream, e.g. rtmp://live.example.com/app/stream.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [StreamUrl],
            Rule = WhileNotRunning,
        },
        new("streamOutput", TypeRef.String, "The URL the transcoded stream is pushed to, e.g. rtmp://push.example.com/app/stream_720p.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [StreamUrl],
            Rule = WhileNotRunning,
        },
        new("running", TypeRef.Boolean, "Whether the job should be running: true (the default) starts it after creation, false stops it. Refresh reports whether it actually runs.")
        {
            Default = PropertyValue.From(true),
        },
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("jobId", TypeRef.String, "The job id within its cluster.") { Required = true },
        new("status", TypeRef.String, "NotStarted or Running, as of the last create, update or refresh.") { Required = true },
        new("templateName", TypeRef.String, "The template's name."),
        new("type", TypeRef.String, "The template's type: common, nbhd-2 or ultra-hd."),
        new("createTime", TypeRef.String, "When the job was created."),
        new("lastStartAt", TypeRef.String, "When the job last started."),
        new("lastStopAt", TypeRef.String, "When the job last stopped."),
        .. ObjectLocation.Outputs("Live"),
    ];
}
