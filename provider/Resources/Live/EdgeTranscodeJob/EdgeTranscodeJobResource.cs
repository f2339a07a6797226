using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobMapping;
using EdgeJob = AlicloudLive.Cloud.Live.EdgeTranscodeJob;
using Wire = AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobState.Wire;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>A Live edge transcode job (API 2016-11-01); id = &lt;clusterId&gt;/&lt;jobId&gt;.</summary>
internal sealed class EdgeTranscodeJobResource : ResourceDefinition<AlibabaCloudClient>
{
    /// <summary>
    /// The documented code for an unknown job (Start, Stop and Delete pages), the only proof that a job is gone. No
    /// page documents a code for a vanished cluster, no API lists clusters, and ListEdgeTranscodeJob omits jobs
    /// untouched for 180 days: nothing else proves absence, so every other error is the cloud's, shown as it is.
    /// </summary>
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

    /// <summary>Settings update in place only while the job is not running: plan against its live status.</summary>
    public override bool RefreshBeforeUpdate => true;

    public override string? AutoNameProperty => Wire.Name;

    public override PropertyMap PreviewUpdate(PropertyMap oldOutputs, PropertyMap newInputs)
    {
        var predicted = base.PreviewUpdate(oldOutputs, newInputs)
            .Set(Wire.Status, newInputs.GetBool(Wire.Running) is { } wanted
                ? PropertyValue.From(wanted ? EdgeTranscodeJobSchema.Running : EdgeTranscodeJobSchema.NotStarted)
                : new UnknownValue())
            .Set(Wire.LastStartAt, new UnknownValue())
            .Set(Wire.LastStopAt, new UnknownValue());
        return newInputs.GetString(Wire.TemplateId) == oldOutputs.GetString(Wire.TemplateId)
            ? predicted
            : predicted.Set(Wire.TemplateName, new UnknownValue()).Set(Wire.Type, new UnknownValue());
    }

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var args = EdgeTranscodeJobArgs.From(context.Inputs);
        var request = Create(args);
        var creates = new InterruptedCreates(context, Token, "CreateEdgeTranscodeJob", Noun);
        var id = await new Creation(client, request, NameMatch.For(request.Name, context.Name))
            .RunAsync(creates, created => context.Inputs.Set(Wire.JobId, PropertyValue.From(JobKey.Parse(created).JobId)), context.CancellationToken);
        var key = JobKey.Parse(id);
        var ct = context.CancellationToken;
        var step = "starting it";
        try
        {
            if (args.WantsRunning)
            {
                await StartAsync(client, key, ct);
            }

            step = "reading it back";
            return new CreateResult(key.Id, Here(client).Record(Outputs(key, await GetAsync(client, key, ct), context.Inputs)));
        }
        catch (Exception e)
        {
            // The job exists: hand its id to the engine so it is neither orphaned nor created twice.
            throw await PartialFailureAsync(client, key, context.Inputs, creates.StepFailure(key.Id, step, e), e, ct);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        var key = JobKey.Parse(context.Id);
        client = Located(client, context.OldOutputs);
        try
        {
            var job = await client.Live.FindListedEdgeTranscodeJobAsync(key.ClusterId, key.JobId, context.CancellationToken)
                ?? await GetAsync(client, key, context.CancellationToken);
            return new ReadResult(key.Id, Here(client).Record(Outputs(key, job, context.OldOutputs)));
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, JobNotFound))
        {
            return null;
        }
    }

    /// <summary>Stop (when running and it must), UpdateEdgeTranscodeJob with every setting when one changed, Start (when wanted).</summary>
    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        var key = JobKey.Parse(context.Id);
        client = Located(client, context.Current);
        var ct = context.CancellationToken;
        var changed = context.Changed.Intersect(EdgeTranscodeJobSchema.JobSettings).ToHashSet();
        var args = EdgeTranscodeJobArgs.From(context.Inputs);
        var wanted = args.WantsRunning;
        var running = EdgeTranscodeJobState.From(context.Current).Status == EdgeTranscodeJobSchema.Running;
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
                await client.Live.UpdateEdgeTranscodeJobAsync(Update(key, args), ct);
                applied.Add($"updated ({string.Join(", ", changed)})");
            }

            if (wanted && (mustStop || !running))
            {
                step = "starting it";
                await StartAsync(client, key, ct);
                applied.Add("started");
            }

            step = "reading it back";
            return Here(client).Record(Outputs(key, await GetAsync(client, key, ct), context.Inputs));
        }
        catch (Exception e) when (applied.Count > 0)
        {
            // The job changed before the failure: record what it is now, so the next `pulumi up` continues from there.
            throw await PartialFailureAsync(client, key, context.Inputs, $"job {key.Id} was {string.Join(" and ", applied)}, but {step} failed: {e.Message}", e, ct);
        }
    }

    /// <summary>Starts the job when it should run and a failed or interrupted create left it stopped.</summary>
    public override Task<PropertyMap> FinishCreateAsync(AlibabaCloudClient client, UpdateContext context) => UpdateAsync(client, context);

    /// <summary>Stops a running job first: the service deletes only stopped jobs.</summary>
    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        var key = JobKey.Parse(context.Id);
        client = Located(client, context.OldOutputs);
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
    }

    public override string? MoveReason(AlibabaCloudClient client, PropertyMap oldOutputs) =>
        ObjectLocation.Recorded(oldOutputs, Here(client)).MoveReason(Here(client), "Live");

    /// <summary>Where the client calls the Live API: the provider's endpoint, or the one a located client calls.</summary>
    private static ObjectLocation Here(AlibabaCloudClient client) => ObjectLocation.OfLive(client);

    /// <summary>The client that reaches the job where it was created (the provider's endpoint for state that recorded none).</summary>
    private static AlibabaCloudClient Located(AlibabaCloudClient client, PropertyMap recorded) =>
        ObjectLocation.Recorded(recorded, Here(client)).LiveClient(client);

    private static async Task<string> SubmitAsync(AlibabaCloudClient client, CreateEdgeTranscodeJobRequest request, CancellationToken ct) =>
        (await client.Live.CreateEdgeTranscodeJobAsync(request, ct)).JobId is { Length: > 0 } jobId
            ? jobId
            : throw ProviderException.OutcomeUnknown($"CreateEdgeTranscodeJob answered without a JobId; look for a job named '{request.Name}' in cluster {request.ClusterId} before running `pulumi up` again");

    /// <summary>The cluster's jobs the keyword (a job id or a name fragment) matches, page by page.</summary>
    private static async Task<IReadOnlyList<EdgeJob>> ListAsync(AlibabaCloudClient client, string clusterId, string keyword, CancellationToken ct) => await Pages.AllAsync(async number =>
        {
            var answer = await client.Live.ListEdgeTranscodeJobAsync(new ListEdgeTranscodeJobRequest(clusterId) { Keyword = keyword, PageNo = number, PageSize = Pages.Size }, ct);
            return new Page<EdgeJob>(answer.TotalCount, answer.Jobs);
        });

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
        var outputs = Here(client).Record(inputs.Set(Wire.JobId, PropertyValue.From(key.JobId)));
        if (!ct.IsCancellationRequested)
        {
            try
            {
                outputs = Here(client).Record(Outputs(key, await GetAsync(client, key, ct), inputs));
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

    /// <summary>How an edge job is found before, and after, CreateEdgeTranscodeJob.</summary>
    private sealed class Creation(AlibabaCloudClient client, CreateEdgeTranscodeJobRequest request, NameMatch name) : JobCreation<EdgeJob>(name)
    {
        protected override Task<IReadOnlyList<EdgeJob>> ListAsync(string keyword, CancellationToken ct) =>
            EdgeTranscodeJobResource.ListAsync(client, request.ClusterId, keyword, ct);

        protected override string IdOf(EdgeJob job) => new JobKey(request.ClusterId, job.JobId).Id;

        protected override bool WouldMake(EdgeJob job) =>
            Name.Matches(job.Name) && job.TemplateId == request.TemplateId && job.StreamInput == request.StreamInput && job.StreamOutput == request.StreamOutput;

        protected override string Existing(EdgeJob job) =>
            $"job {job.JobId} in cluster {request.ClusterId} {Name} already has this templateId, streamInput and streamOutput";

        protected override bool LooksCreated(EdgeJob job) => job.Name == request.Name && job.TemplateId == request.TemplateId;

        protected override string Ambiguous(IReadOnlyList<EdgeJob> created) =>
            $"CreateEdgeTranscodeJob's response was lost and {created.Count} new jobs named '{request.Name}' appeared in cluster {request.ClusterId} ({string.Join(", ", created.Select(j => j.JobId))}); import the right one with `pulumi import {EdgeTranscodeJobSchema.Token} <name> {request.ClusterId}/<jobId>` and delete the others";

        protected override async Task<string> SendAsync(CancellationToken ct) => new JobKey(request.ClusterId, await SubmitAsync(client, request, ct)).Id;
    }
}
