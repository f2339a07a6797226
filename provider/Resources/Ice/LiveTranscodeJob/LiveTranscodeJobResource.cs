using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobMapping;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;
using IceJob = AlicloudLive.Cloud.Ice.LiveTranscodeJob;
using Wire = AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobState.Wire;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>An ICE live transcoding job (API 2020-11-09); id = JobId.</summary>
internal sealed class LiveTranscodeJobResource : ResourceDefinition<AlibabaCloudClient>
{
    /// <summary>What ICE answers for a missing job; confirmed by a listing before a job counts as gone.</summary>
    public const string NotFound = "JobNotFound";

    public override string Token => LiveTranscodeJobSchema.Token;

    public override string Description =>
        "An Intelligent Media Services (ICE) live transcoding job: transcodes an RTMP stream with a template and publishes "
        + "the results to a streaming domain. Immediate jobs start on creation; Timed jobs start at timedConfig.startTime, "
        + "and until then their input, output and times update in place. Import with `<region>/<jobId>`, or a bare jobId "
        + "at the provider's ICE endpoint.";

    public override string Noun => "job";

    public override IReadOnlyList<PropertyDefinition> Inputs => LiveTranscodeJobSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => LiveTranscodeJobSchema.Outputs;

    /// <summary>Input, output and times update in place only while a timed job has not started: plan against its live status.</summary>
    public override bool RefreshBeforeUpdate => true;

    public override string? AutoNameProperty => Wire.Name;

    public override IEnumerable<CheckFailure> Validate(CheckContext context) => LiveTranscodeJobValidation.Check(context);

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var request = Submit(LiveTranscodeJobArgs.From(context.Inputs));
        var ct = context.CancellationToken;
        var creates = new InterruptedCreates(context, Token, "SubmitLiveTranscodeJob", Noun);
        var jobId = await new Submission(client, request, NameMatch.For(request.Name, context.Name))
            .RunAsync(creates, id => context.Inputs.Set(Wire.JobId, PropertyValue.From(id)), ct);
        try
        {
            var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(jobId), ct)).Job;
            return new CreateResult(jobId, Here(client).Record(Outputs(job, LiveTranscodeJobState.From(context.Inputs)).ToMap()));
        }
        catch (Exception e)
        {
            throw creates.StepFailed(jobId, Here(client).Record(context.Inputs.Set(Wire.JobId, PropertyValue.From(jobId))), "reading it back", e);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        var (jobId, location) = Address(client, context);
        try
        {
            var ice = location.IceClient(client).Ice;
            var job = await ice.FindListedLiveTranscodeJobAsync(jobId, context.CancellationToken)
                ?? (await ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(jobId), context.CancellationToken)).Job;
            return new ReadResult(job.JobId, location.Record(Outputs(job, LiveTranscodeJobState.From(context.OldOutputs)).ToMap()));
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, NotFound))
        {
            if (await ListedAbsentAsync(location.IceClient(client), jobId, context.CancellationToken))
            {
                return null;
            }

            throw;
        }
    }

    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        // The full desired value of what the API takes in the job's state (its page does not say that it keeps what
        // it is not sent): the name always; input, output and times only while a timed job has not started, and the
        // output only with its domain, which UpdateLiveTranscodeJob requires.
        var location = ObjectLocation.Recorded(context.Current, Here(client));
        client = location.IceClient(client);
        var args = LiveTranscodeJobArgs.From(context.Inputs);
        var timedAndNotStarted = TimedAndNotStarted.Blocker(new DiffContext(context.Current, context.OldInputs, context.Inputs, context.Now)) is null;
        var request = new UpdateLiveTranscodeJobRequest(context.Id)
        {
            Name = args.Name,
            StreamInput = timedAndNotStarted ? Input(args.StreamInput) : null,
            TranscodeOutput = timedAndNotStarted && args.TranscodeOutput.DomainName is not null ? Output(args.TranscodeOutput) : null,
            TimedConfig = timedAndNotStarted && args.TimedConfig is { } t ? Times(t) : null,
        };
        await client.Ice.UpdateLiveTranscodeJobAsync(request, context.CancellationToken);
        var job = (await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest(context.Id), context.CancellationToken)).Job;
        return location.Record(Outputs(job, LiveTranscodeJobState.From(context.Inputs)).ToMap());
    }

    /// <summary>Stops a running job first: whether ICE deletes a running job is undocumented.</summary>
    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        client = ObjectLocation.Recorded(context.OldOutputs, Here(client)).IceClient(client);
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
            // Already gone (delete is idempotent), once the listing confirms it.
            if (!await ListedAbsentAsync(client, context.Id, ct))
            {
                throw;
            }
        }
    }

    public override string? MoveReason(AlibabaCloudClient client, PropertyMap oldOutputs) =>
        ObjectLocation.Recorded(oldOutputs, Here(client)).MoveReason(Here(client), "ICE");

    /// <summary>Where the provider points now: the ICE endpoint in effect.</summary>
    private static ObjectLocation Here(AlibabaCloudClient client) => ObjectLocation.OfIce(client);

    /// <summary>
    /// The job id and where the job lives: as recorded, or on import from the id, <c>&lt;region&gt;/&lt;jobId&gt;</c>
    /// (the ICE endpoint of that region, or the override) or a bare id at the provider's endpoint.
    /// </summary>
    private static (string JobId, ObjectLocation Location) Address(AlibabaCloudClient client, ReadContext context)
    {
        var parts = context.Id.Split('/', 2);
        if (context.IsImport && parts.Length == 2)
        {
            return (parts[1], new ObjectLocation((client.Options with { Region = parts[0] }).ResolveIceEndpoint(), parts[0]));
        }

        return (context.Id, ObjectLocation.Recorded(context.OldOutputs, Here(client)));
    }

    /// <summary>
    /// The ICE pages document no not-found code for these calls (JobNotFound is the code ICE answers for a missing job
    /// elsewhere): a JobNotFound counts only when a listing by the job's id succeeds without it.
    /// </summary>
    private static Task<bool> ListedAbsentAsync(AlibabaCloudClient client, string jobId, CancellationToken ct) =>
        CloudErrors.AbsentFromListingAsync(async () => (await ListAsync(client, jobId, ct)).All(j => j.JobId != jobId));

    /// <summary>Every job the name filter (a job id or a name fragment) matches, page by page.</summary>
    private static async Task<IReadOnlyList<IceJob>> ListAsync(AlibabaCloudClient client, string keyword, CancellationToken ct) => await Pages.AllAsync(async number =>
        {
            var answer = await client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { KeyWord = keyword, PageNo = number, PageSize = Pages.Size }, ct);
            return new Page<IceJob>(answer.TotalCount, answer.Jobs);
        });

    private static string? OutputDomain(string? outputUrl) =>
        Uri.TryCreate(outputUrl, UriKind.Absolute, out var url) ? url.Host : null;

    /// <summary>How an ICE job is found before, and after, SubmitLiveTranscodeJob.</summary>
    private sealed class Submission(AlibabaCloudClient client, SubmitLiveTranscodeJobRequest request, NameMatch name) : JobCreation<IceJob>(name)
    {
        protected override Task<IReadOnlyList<IceJob>> ListAsync(string keyword, CancellationToken ct) =>
            LiveTranscodeJobResource.ListAsync(client, keyword, ct);

        protected override string IdOf(IceJob job) => job.JobId;

        /// <summary>
        /// A timed job's times are not compared: the old job of a replacement has started, while a job made by these
        /// inputs has not (Check keeps the start time in the future).
        /// </summary>
        protected override bool WouldMake(IceJob job) =>
            Name.Matches(job.Name)
            && job.TemplateId == request.TemplateId
            && job.StartMode == request.StartMode
            && job.StreamInput?.InputUrl == request.StreamInput.InputUrl
            && (request.TranscodeOutput.DomainName is not { } domain || job.OutputStreams.All(o => OutputDomain(o.OutputUrl) is not { } host || host == domain))
            && (request.StartMode == 0 || job.Status == LiveTranscodeJobStatus.NotStarted);

        protected override string Existing(IceJob job) =>
            $"job {job.JobId} {Name} already has this templateId, startMode, streamInput and output domain";

        protected override bool LooksCreated(IceJob job) => job.Name == request.Name && job.TemplateId == request.TemplateId;

        protected override string Ambiguous(IReadOnlyList<IceJob> created) =>
            $"SubmitLiveTranscodeJob's response was lost and {created.Count} new jobs named '{request.Name}' appeared ({string.Join(", ", created.Select(j => j.JobId))}); import the right one with `pulumi import {LiveTranscodeJobSchema.Token} <name> <jobId>` and delete the others";

        protected override async Task<string> SendAsync(CancellationToken ct) => (await client.Ice.SubmitLiveTranscodeJobAsync(request, ct)).JobId;
    }
}
