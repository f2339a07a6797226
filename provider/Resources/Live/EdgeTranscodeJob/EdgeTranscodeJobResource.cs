using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobMapping;
using EdgeJob = AlicloudLive.Cloud.Live.EdgeTranscodeJob;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>A Live edge transcode job (API 2016-11-01); id = &lt;clusterId&gt;/&lt;jobId&gt;.</summary>
internal sealed class EdgeTranscodeJobResource : ResourceDefinition<AlibabaCloudClient>
{
    /// <summary>The documented code for an unknown job (Start/Stop pages); a vanished cluster is decided by a lookup.</summary>
    private const string JobNotFound = "JobNotFound";

    /// <summary>What Start, Stop and Update answer when the job is not in the state they need.</summary>
    private const string WrongState = "OperationDenied";

    public override string Token => EdgeTranscodeJobSchema.Token;

    public override string Description =>
        "A Live edge transcode job: transcodes a stream on an edge cluster with one of the cluster's templates and pushes "
        + "the result to an output URL. `running` is the desired state: the job is started after creation unless it is "
        + "false. A running job's settings change in place only when the same change stops it (running = false); "
        + "otherwise the job is replaced.";

    public override string Noun => "job";

    public override IReadOnlyList<PropertyDefinition> Inputs => EdgeTranscodeJobSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => EdgeTranscodeJobSchema.Outputs;

    public override string? AutoNameProperty => "name";

    public override IEnumerable<CheckFailure> Validate(CheckContext context) => EdgeTranscodeJobValidation.Check(context);

    public override PropertyMap PreviewUpdate(PropertyMap oldOutputs, PropertyMap newInputs)
    {
        var predicted = base.PreviewUpdate(oldOutputs, newInputs)
            .Set("status", newInputs.GetBool("running") is { } wanted
                ? PropertyValue.From(wanted ? EdgeTranscodeJobSchema.Running : EdgeTranscodeJobSchema.NotStarted)
                : new UnknownValue())
            .Set("lastStartAt", new UnknownValue())
            .Set("lastStopAt", new UnknownValue());
        return newInputs.GetString("templateId") == oldOutputs.GetString("templateId")
            ? predicted
            : predicted.Set("templateName", new UnknownValue()).Set("type", new UnknownValue());
    }

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var request = Create(context.Inputs);
        var key = new JobKey(request.ClusterId, await CreateJobAsync(client, request, context));
        var ct = context.CancellationToken;
        var step = "starting it";
        try
        {
            if (context.Inputs.GetBool("running") != false)
            {
                await StartAsync(client, key, ct);
            }

            step = "reading it back";
            return new CreateResult(key.Id, Outputs(key, await GetAsync(client, key, ct), context.Inputs));
        }
        catch (Exception e)
        {
            // The job exists: hand its id to the engine so it is neither orphaned nor created twice.
            throw await PartialFailureAsync(client, key, context.Inputs, $"job {key.Id} was created, but {step} failed: {e.Message}", e, ct);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        var key = JobKey.Parse(context.Id);
        try
        {
            return new ReadResult(key.Id, Outputs(key, await GetAsync(client, key, context.CancellationToken), context.OldOutputs));
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, JobNotFound))
        {
            return null;
        }
        catch (AlibabaCloudException e)
        {
            if (await GoneWithClusterAsync(client, key, e, context.CancellationToken))
            {
                return null;
            }

            throw;
        }
    }

    /// <summary>Stop (when running and it must), UpdateEdgeTranscodeJob with every setting when one changed, Start (when wanted).</summary>
    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        var key = JobKey.Parse(context.Id);
        var ct = context.CancellationToken;
        var changed = context.Changed.Intersect(EdgeTranscodeJobSchema.JobSettings).ToHashSet();
        var wanted = context.Inputs.GetBool("running") != false;
        var running = context.Current.GetString("status") == EdgeTranscodeJobSchema.Running;
        var mustStop = running && (changed.Count > 0 || !wanted);
        var applied = new List<string>();
        var step = "";
        try
        {
            if (mustStop)
            {
                step = "stopping it";
                await StopAsync(client, key, ct);
                applied.Add("stopped");
            }

            if (changed.Count > 0)
            {
                step = $"updating {string.Join(", ", changed)}";
                await client.Live.UpdateEdgeTranscodeJobAsync(Update(key, context.Inputs), ct);
                applied.Add($"updated ({string.Join(", ", changed)})");
            }

            if (wanted && (mustStop || !running))
            {
                step = "starting it";
                await StartAsync(client, key, ct);
                applied.Add("started");
            }

            step = "reading it back";
            return Outputs(key, await GetAsync(client, key, ct), context.Inputs);
        }
        catch (Exception e) when (applied.Count > 0)
        {
            // The job changed before the failure: record what it is now, so the next `pulumi up` continues from there.
            throw await PartialFailureAsync(client, key, context.Inputs, $"job {key.Id} was {string.Join(" and ", applied)}, but {step} failed: {e.Message}", e, ct);
        }
    }

    /// <summary>Stops a running job first: the service deletes only stopped jobs.</summary>
    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        var key = JobKey.Parse(context.Id);
        var ct = context.CancellationToken;
        try
        {
            if (IsRunning(await GetAsync(client, key, ct)))
            {
                await StopAsync(client, key, ct);
            }

            await client.Live.DeleteEdgeTranscodeJobAsync(Request(key), ct);
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, JobNotFound))
        {
            // Already gone: delete is idempotent.
        }
        catch (AlibabaCloudException e)
        {
            if (!await GoneWithClusterAsync(client, key, e, ct))
            {
                throw;
            }
        }
    }

    private static Task<bool> GoneWithClusterAsync(AlibabaCloudClient client, JobKey key, Exception error, CancellationToken ct) =>
        CloudErrors.GoneByLookupAsync(error, () => EdgeClusterLookup.IsGoneAsync(client, key.ClusterId, error, ct));

    /// <summary>
    /// Creates the job once. A lost response must not create a second job: the jobs with this name that exist
    /// before the call are remembered, so a new one found afterwards can only be ours.
    /// </summary>
    private static async Task<string> CreateJobAsync(AlibabaCloudClient client, CreateEdgeTranscodeJobRequest request, CreateContext context)
    {
        var ct = context.CancellationToken;
        var before = (await SameNamedAsync(client, request, ct)).Select(j => j.JobId).ToHashSet();
        try
        {
            return await SubmitAsync(client, request, ct);
        }
        catch (AlibabaCloudException e) when (e.OutcomeUnknown)
        {
            var created = (await SameNamedAsync(client, request, ct)).Where(j => !before.Contains(j.JobId)).ToList();
            if (created.Count > 1)
            {
                throw new ProviderException(StatusCode.Unknown, $"CreateEdgeTranscodeJob's response was lost and {created.Count} new jobs named '{request.Name}' appeared in cluster {request.ClusterId} ({string.Join(", ", created.Select(j => j.JobId))}); import the right one with `pulumi import {EdgeTranscodeJobSchema.Token} <name> {request.ClusterId}/<jobId>` and delete the others", e);
            }

            var jobId = created.Count == 1 ? created[0].JobId : await SubmitAsync(client, request, ct);
            await context.Log.InfoAsync($"the response to CreateEdgeTranscodeJob was lost ({e.Code}); {(created.Count == 1 ? "found" : "created again as")} job {request.ClusterId}/{jobId}");
            return jobId;
        }
    }

    private static async Task<string> SubmitAsync(AlibabaCloudClient client, CreateEdgeTranscodeJobRequest request, CancellationToken ct) =>
        (await client.Live.CreateEdgeTranscodeJobAsync(request, ct)).JobId is { Length: > 0 } jobId
            ? jobId
            : throw new ProviderException(StatusCode.Unknown, $"CreateEdgeTranscodeJob answered without a JobId; look for a job named '{request.Name}' in cluster {request.ClusterId} before running `pulumi up` again");

    /// <summary>The cluster's jobs with this exact name and template (Keyword also matches ids and name fragments).</summary>
    private static async Task<IReadOnlyList<EdgeJob>> SameNamedAsync(AlibabaCloudClient client, CreateEdgeTranscodeJobRequest request, CancellationToken ct)
    {
        const int PageSize = 100;
        var jobs = new List<EdgeJob>();
        for (var page = 1; ; page++)
        {
            var answer = await client.Live.ListEdgeTranscodeJobAsync(new ListEdgeTranscodeJobRequest(request.ClusterId) { Keyword = request.Name, PageNo = page, PageSize = PageSize }, ct);
            jobs.AddRange(answer.Jobs);
            if (answer.Jobs.Count < PageSize || jobs.Count >= answer.TotalCount)
            {
                return jobs.Where(j => j.Name == request.Name && j.TemplateId == request.TemplateId).ToList();
            }
        }
    }

    /// <summary>Starts the job; a retry of a Start that went through finds it running, which is success.</summary>
    private static async Task StartAsync(AlibabaCloudClient client, JobKey key, CancellationToken ct)
    {
        try
        {
            await client.Live.StartEdgeTranscodeJobAsync(Request(key), ct);
        }
        catch (AlibabaCloudException e) when (e.Code == WrongState)
        {
            if (!IsRunning(await GetAsync(client, key, ct)))
            {
                throw;
            }
        }
    }

    /// <summary>Stops the job; a retry of a Stop that went through finds it stopped, which is success.</summary>
    private static async Task StopAsync(AlibabaCloudClient client, JobKey key, CancellationToken ct)
    {
        try
        {
            await client.Live.StopEdgeTranscodeJobAsync(Request(key), ct);
        }
        catch (AlibabaCloudException e) when (e.Code == WrongState)
        {
            if (IsRunning(await GetAsync(client, key, ct)))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// The partial-failure answer: the job's id with its current outputs when they can be read, otherwise the
    /// inputs and the job id (a cancelled operation makes no further call).
    /// </summary>
    private static async Task<ResourceInitFailedException> PartialFailureAsync(
        AlibabaCloudClient client, JobKey key, PropertyMap inputs, string reason, Exception error, CancellationToken ct)
    {
        var outputs = inputs.Set("jobId", PropertyValue.From(key.JobId));
        if (!ct.IsCancellationRequested)
        {
            try
            {
                outputs = Outputs(key, await GetAsync(client, key, ct), inputs);
            }
            catch (Exception e) when (e is AlibabaCloudException or OperationCanceledException)
            {
                // Keep the id and inputs: enough for the next `pulumi up` to refresh and continue.
            }
        }

        return new ResourceInitFailedException(key.Id, outputs, [reason], error);
    }

    private static async Task<EdgeJob> GetAsync(AlibabaCloudClient client, JobKey key, CancellationToken ct) =>
        (await client.Live.GetEdgeTranscodeJobAsync(Request(key), ct)).Job;

    private static EdgeTranscodeJobRequest Request(JobKey key) => new(key.ClusterId, key.JobId);
}
