using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobSchema;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>The inputs of alicloud-live:live:EdgeTranscodeJob, each with its update rule (docs/design.md §6).</summary>
[PropertyModel]
internal sealed partial record EdgeTranscodeJobArgs
{
    private static readonly UpdateRule WhileNotRunning = UpdateRule.InPlaceWhile(NotRunningOrStopping);

    /// <summary>StreamInput and StreamOutput: any absolute URL (rtmp://, srt://, http(s)://, artc://, ...).</summary>
    private static readonly Validator StreamUrl = new(
        "be an absolute URL with a host, such as rtmp://live.example.com/app/stream",
        v => v is StringValue s && Uri.TryCreate(s.Value, UriKind.Absolute, out var uri) && uri.Host.Length > 0);

    [Property("The edge transcoding cluster that runs the job; the resource id is <clusterId>/<jobId>.")]
    public required string ClusterId { get; init; }

    [Property("The job name: letters, digits, Chinese characters, - and _. Autonamed from the resource name when left out.")]
    public string? Name { get; init; }

    [Property("The edge transcoding template, one of the cluster's templates.")]
    public required string TemplateId { get; init; }

    [Property("The URL of the source stream, e.g. rtmp://live.example.com/app/stream.")]
    public required string StreamInput { get; init; }

    [Property("The URL the transcoded stream is pushed to, e.g. rtmp://push.example.com/app/stream_720p.")]
    public required string StreamOutput { get; init; }

    [Property("Whether the job should be running: true (the default) starts it after creation, false stops it. Refresh reports whether it actually runs.", Default = true)]
    public bool? Running { get; init; }

    /// <summary>Running unless the user says false.</summary>
    public bool WantsRunning => Running != false;

    private static PropertySpecs Specs => new()
    {
        [nameof(ClusterId)] = new()
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.Matches(@"^[^/\s]+$", "be a cluster id without / or spaces")],
            Rule = UpdateRule.Replace("a job belongs to its cluster"),
        },
        [nameof(Name)] = new()
        {
            MaxLength = 255,
            Validators = [Validate.Matches(@"^[A-Za-z0-9\u4e00-\u9fff_-]+$", "contain only letters, digits, Chinese characters, - and _")],
            Rule = WhileNotRunning,
        },
        [nameof(TemplateId)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()], Rule = WhileNotRunning },
        [nameof(StreamInput)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [StreamUrl], Rule = WhileNotRunning },
        [nameof(StreamOutput)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [StreamUrl], Rule = WhileNotRunning },
    };
}

/// <summary>The outputs of alicloud-live:live:EdgeTranscodeJob: its inputs as the cluster holds them, and these.</summary>
[PropertyModel(Echoes = typeof(EdgeTranscodeJobArgs))]
internal sealed partial record EdgeTranscodeJobState
{
    [Property("The job id within its cluster.", Required = true)]
    public string? JobId { get; init; }

    [Property("NotStarted or Running, as of the last create, update or refresh.", Required = true)]
    public string? Status { get; init; }

    [Property("The template's name.")]
    public string? TemplateName { get; init; }

    [Property("The template's type: common, nbhd-2 or ultra-hd.")]
    public string? Type { get; init; }

    [Property("When the job was created.")]
    public string? CreateTime { get; init; }

    [Property("When the job last started.")]
    public string? LastStartAt { get; init; }

    [Property("When the job last stopped.")]
    public string? LastStopAt { get; init; }
}
