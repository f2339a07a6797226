using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobMapping;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;
using IceJob = AlicloudLive.Cloud.Ice.LiveTranscodeJob;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>An ICE live transcoding job (API 2020-11-09); id = JobId.</summary>
internal sealed class LiveTranscodeJobResource : ResourceDefinition<AlibabaCloudClient>
{
    private const string NotFound = "JobNotFound";

    public override string Token => LiveTranscodeJobSchema.Token;

    public override string Description =>
        "An Intelligent Media Services (ICE) live transcoding job: transcodes an RTMP stream with a template and publishes "
        + "the results to a streaming domain. Immediate jobs start on creation; Timed jobs start at timedConfig.startTime, "
        + "and until then their input, output and times update in place.";

    public override string Noun => "job";

    public override IReadOnlyList<PropertyDefinition> Inputs => LiveTranscodeJobSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => LiveTranscodeJobSchema.Outputs;

    public override string? AutoNameProperty => "name";

    public override IEnumerable<CheckFailure> Validate(CheckContext context) => LiveTranscodeJobValidation.Check(context);

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var request = Submit(context.Inputs);
        var ct = context.CancellationToken;

        // A lost response must not create a second job: jobs with this name that exist before the call are
        // remembered, so the one found afterwards can only be ours.
        var before = (await SameNamed(client, request, ct)).Select(j => j.JobId).ToHashSet();
        string jobId;
        try
        {
            jobId = (await client.Ice.SubmitLiveTranscodeJobAsync(request, ct)).JobId;
        }
        catch (AlibabaCloudException e) when (e.OutcomeUnknown)
        {
            var created = (await SameNamed(client, request, ct)).Where(j => !before.Contains(j.JobId)).ToList();
            if (created.Count > 1)
            {
                throw new ProviderException(StatusCode.Unknown, $"SubmitLiveTranscodeJob's response was lost and {created.Count} new jobs named '{request.Name}' appeared ({string.Join(", ", created.Select(j => j.JobId))}); import the right one with `pulumi import {Token} <name> <jobId>` and delete the others", e);
            }

            jobId = created.Count == 1 ? created[0].JobId : (await client.Ice.SubmitLiveTranscodeJobAsync(request, ct)).JobId;
            await context.Log.InfoAsync($"the response to SubmitLiveTranscodeJob was lost ({e.Code}); {(created.Count == 1 ? "found" : "submitted again as")} job {jobId}");
        }

        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(jobId), ct)).Job;
            return new CreateResult(jobId, Outputs(job, context.Inputs));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var known = context.Inputs.Set("jobId", PropertyValue.From(jobId));
            throw new ResourceInitFailedException(jobId, known, [$"job {jobId} was created, but reading it back failed: {e.Message}"], e);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(context.Id), context.CancellationToken)).Job;
            return new ReadResult(job.JobId, Outputs(job, context.OldOutputs));
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, NotFound))
        {
            return null;
        }
    }

    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        // The full desired value of what the API takes in the job's state (its page does not say that it keeps what
        // it is not sent): the name always; input, output and times only while a timed job has not started, and the
        // output only with its domain, which UpdateLiveTranscodeJob requires.
        var inputs = context.Inputs;
        var timedAndNotStarted = TimedAndNotStarted.Blocker(new DiffContext(context.Current, context.OldInputs, inputs, context.Now)) is null;
        var output = inputs.GetObject("transcodeOutput")!;
        var request = new UpdateLiveTranscodeJobRequest(context.Id)
        {
            Name = inputs.GetString("name"),
            StreamInput = timedAndNotStarted ? Input(inputs.GetObject("streamInput")!) : null,
            TranscodeOutput = timedAndNotStarted && output.GetString("domainName") is not null ? Output(output) : null,
            TimedConfig = timedAndNotStarted && inputs.GetObject("timedConfig") is { } t ? Times(t) : null,
        };
        await client.Ice.UpdateLiveTranscodeJobAsync(request, context.CancellationToken);
        var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(context.Id), context.CancellationToken)).Job;
        return Outputs(job, inputs);
    }

    /// <summary>Stops a running job first: whether ICE deletes a running job is undocumented.</summary>
    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        var ct = context.CancellationToken;
        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(context.Id), ct)).Job;
            if (job.Status == LiveTranscodeJobStatus.Running)
            {
                await client.Ice.SendLiveTranscodeJobCommandAsync(new SendLiveTranscodeJobCommandRequest(context.Id), ct);
            }

            await client.Ice.DeleteLiveTranscodeJobAsync(new DeleteLiveTranscodeJobRequest(context.Id), ct);
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, NotFound))
        {
            // Already gone: delete is idempotent.
        }
    }

    private static async Task<IReadOnlyList<IceJob>> SameNamed(AlibabaCloudClient client, SubmitLiveTranscodeJobRequest request, CancellationToken ct)
    {
        var page = await client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { KeyWord = request.Name, PageSize = 100 }, ct);
        return page.Jobs.Where(j => j.Name == request.Name && j.TemplateId == request.TemplateId).ToList();
    }
}
