using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Definitions;
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

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("jobId", TypeRef.String, "The job's id.") { Required = true, Validators = [Must.NotEmpty()] },
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } =
    [
        new("name", TypeRef.String, "The job's name."),
        new("templateId", TypeRef.String, "The transcoding template the job uses."),
        new("templateName", TypeRef.String, "The template's name."),
        new("templateType", TypeRef.String, "The template's type: normal, narrow-band, audio-only or origin."),
        new("startMode", LiveTranscodeJobSchema.StartMode, "Immediate or Timed.") { Required = true },
        new("status", TypeRef.String, "NotStarted, Running or Stopped.") { Required = true },
        new("streamInput", LiveTranscodeJobSchema.StreamInput, "The source stream."),
        new("transcodeOutput", LiveTranscodeJobSchema.TranscodeOutput,
            "The output target. GetLiveTranscodeJob does not return the domain: it is the output streams' host when they all share one."),
        new("outputStreams", OutputStreamType, "The transcoded streams the job publishes.") { Required = true },
        new("createTime", TypeRef.String, "When the job was created."),
    ];

    private static TypeRef OutputStreamType => LiveTranscodeJobSchema.Outputs.Single(o => o.Name == "outputStreams").Type;

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var jobId = context.Inputs.GetString("jobId")!;
        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(jobId), context.CancellationToken)).Job;
            return LiveTranscodeJobMapping.Outputs(job, PropertyMap.Empty).Remove("timedConfig");
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, "JobNotFound"))
        {
            throw ProviderException.NotFound($"no ICE live transcode job has the id '{jobId}' ({e.Message})", e);
        }
    }
}
