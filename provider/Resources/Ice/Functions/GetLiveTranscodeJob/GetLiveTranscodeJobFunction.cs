using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Resources.Ice.LiveTranscodeJob;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Ice.Functions.GetLiveTranscodeJob;

/// <summary>alicloud-live:ice:getLiveTranscodeJob: one ICE live transcode job by id, as GetLiveTranscodeJob returns it.</summary>
internal sealed class GetLiveTranscodeJobFunction : FunctionDefinition<AlibabaCloudClient>
{
    public override string Token => "alicloud-live:ice:getLiveTranscodeJob";

    public override string Description =>
        "Looks up an ICE live transcoding job by its id (GetLiveTranscodeJob), including jobs not managed by this stack. "
        + "Fails when no job has the id.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetLiveTranscodeJobArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetLiveTranscodeJobResult.Definitions();

    /// <summary>The job as the resource reads it, without what Get never returns (timedConfig).</summary>
    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var jobId = GetLiveTranscodeJobArgs.From(context.Inputs).JobId;
        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(jobId), context.CancellationToken)).Job;
            return LiveTranscodeJobMapping.Outputs(job, new LiveTranscodeJobState()).ToMap().Remove(LiveTranscodeJobState.Wire.TimedConfig);
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, LiveTranscodeJobResource.NotFound))
        {
            throw ProviderException.NotFound($"no ICE live transcode job has the id '{jobId}' ({e.Message})", e);
        }
    }
}

[PropertyModel]
internal sealed partial record GetLiveTranscodeJobArgs
{
    [Property("The job's id.")]
    public required string JobId { get; init; }

    private static PropertySpecs Specs => new() { [nameof(JobId)] = new() { Validators = [Must.NotEmpty()] } };
}

[PropertyModel]
internal sealed partial record GetLiveTranscodeJobResult
{
    [Property("The job's name.")]
    public string? Name { get; init; }

    [Property("The transcoding template the job uses.")]
    public string? TemplateId { get; init; }

    [Property("The template's name.")]
    public string? TemplateName { get; init; }

    [Property("The template's type: normal, narrow-band, audio-only or origin.")]
    public string? TemplateType { get; init; }

    [Property("Immediate or Timed.", Required = true)]
    public string? StartMode { get; init; }

    [Property("NotStarted, Running or Stopped.", Required = true)]
    public string? Status { get; init; }

    [Property("The source stream.")]
    public LiveTranscodeJobStreamInput? StreamInput { get; init; }

    [Property("The output target. GetLiveTranscodeJob does not return the domain: it is the output streams' host when they all share one.")]
    public LiveTranscodeJobTranscodeOutput? TranscodeOutput { get; init; }

    [Property("The transcoded streams the job publishes.", Required = true)]
    public IReadOnlyList<LiveTranscodeJobOutputStream>? OutputStreams { get; init; }

    [Property("When the job was created.")]
    public string? CreateTime { get; init; }

    private static PropertySpecs Specs => new() { [nameof(StartMode)] = new() { Type = LiveTranscodeJobSchema.StartMode } };
}
