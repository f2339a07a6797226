using System.Text.Json;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;
using AlicloudLive.Cloud.Listing;
using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Cloud.Ice;

/// <summary>ICE live transcode operations. StreamInput, TranscodeOutput and TimedConfig travel as compact JSON.</summary>
public sealed partial class IceApi
{
    private readonly CloudPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly ListReadBatcher<LiveTranscodeJob> _jobReads;

    internal IceApi(CloudPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        _jobReads = new(ListJobPageAsync, j => j.JobId, j => j.Status is not null && j.StreamInput is not null, pipeline.Time);
    }

    /// <summary>
    /// The job as a ListLiveTranscodeJobs page shared with concurrent reads at this endpoint shows it (the list item
    /// carries every field GetLiveTranscodeJob answers); null when no shared page showed it: get it then.
    /// </summary>
    public Task<LiveTranscodeJob?> FindListedLiveTranscodeJobAsync(string jobId, CancellationToken cancellationToken) =>
        _jobReads.FindAsync(_endpoint.ToString(), jobId, cancellationToken);

    public async Task<SubmitLiveTranscodeJobResponse> SubmitLiveTranscodeJobAsync(SubmitLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("Name", request.Name)
            .Add("TemplateId", request.TemplateId)
            .Add("StartMode", request.StartMode);
        AddJobShape(query, request.StreamInput, request.TranscodeOutput, request.TimedConfig);
        var body = await SendAsync(IceOperations.SubmitLiveTranscodeJob, query, cancellationToken).ConfigureAwait(false);
        return new SubmitLiveTranscodeJobResponse(body.Str("RequestId"), body.Str("JobId") ?? "");
    }

    public async Task<GetLiveTranscodeJobResponse> GetLiveTranscodeJobAsync(GetLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(IceOperations.GetLiveTranscodeJob, new QueryParameters().Add("JobId", request.JobId), cancellationToken).ConfigureAwait(false);
        return new GetLiveTranscodeJobResponse(body.Str("RequestId"), IceParsers.Job(body.ObjectOrSelf("Job")));
    }

    public async Task<ListLiveTranscodeJobsResponse> ListLiveTranscodeJobsAsync(ListLiveTranscodeJobsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("KeyWord", request.KeyWord)
            .Add("PageNo", request.PageNo)
            .Add("PageSize", request.PageSize)
            .Add("SortBy", request.SortBy)
            .Add("StartMode", request.StartMode)
            .Add("Status", request.Status)
            .Add("Type", request.Type);
        var body = await SendAsync(IceOperations.ListLiveTranscodeJobs, query, cancellationToken).ConfigureAwait(false);
        var jobs = body.List("JobList").Select(IceParsers.Job).ToList();
        return new ListLiveTranscodeJobsResponse(body.Str("RequestId"), body.Int("TotalCount") ?? jobs.Count, jobs);
    }

    private async Task<ListedPage<LiveTranscodeJob>> ListJobPageAsync(string endpoint, int page, CancellationToken cancellationToken)
    {
        var request = new ListLiveTranscodeJobsRequest { PageNo = page, PageSize = ListingRound<LiveTranscodeJob>.PageSize };
        var answer = await ListLiveTranscodeJobsAsync(request, cancellationToken).ConfigureAwait(false);
        return new(answer.TotalCount, answer.Jobs);
    }

    public async Task<CloudResponse> UpdateLiveTranscodeJobAsync(UpdateLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters().Add("JobId", request.JobId).Add("Name", request.Name);
        AddJobShape(query, request.StreamInput, request.TranscodeOutput, request.TimedConfig);
        var body = await SendAsync(IceOperations.UpdateLiveTranscodeJob, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<CloudResponse> DeleteLiveTranscodeJobAsync(DeleteLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(IceOperations.DeleteLiveTranscodeJob, new QueryParameters().Add("JobId", request.JobId), cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<CloudResponse> SendLiveTranscodeJobCommandAsync(SendLiveTranscodeJobCommandRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters().Add("JobId", request.JobId).Add("Command", request.Command);
        var body = await SendAsync(IceOperations.SendLiveTranscodeJobCommand, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<GetLiveTranscodeTemplateResponse> GetLiveTranscodeTemplateAsync(GetLiveTranscodeTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters().Add("TemplateId", request.TemplateId);
        var body = await SendAsync(IceOperations.GetLiveTranscodeTemplate, query, cancellationToken).ConfigureAwait(false);
        return new GetLiveTranscodeTemplateResponse(body.Str("RequestId"), IceParsers.Template(body.ObjectOrSelf("TemplateContent")));
    }

    private static void AddJobShape(QueryParameters query, LiveStreamInput? input, LiveTranscodeOutput? output, LiveTimedConfig? timed)
    {
        query.AddJsonObject("StreamInput", input is not null, ("Type", input?.Type), ("InputUrl", input?.InputUrl));
        query.AddJsonObject("TranscodeOutput", output is not null, ("Type", output?.Type), ("DomainName", output?.DomainName));
        query.AddJsonObject(
            "TimedConfig",
            timed is not null,
            ("StartTime", FormatTime(timed?.StartTime)),
            ("EndTime", FormatTime(timed?.EndTime)));
    }

    private static string? FormatTime(DateTimeOffset? time) => time is null ? null : AcsV3Signer.FormatDate(time.Value);

    private Task<JsonElement> SendAsync(CloudOperation operation, QueryParameters query, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(operation, _endpoint, query, cancellationToken);
}
