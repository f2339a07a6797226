using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Edge transcode jobs: all POST, every call names its ClusterId, 6000 calls per minute per operation.</summary>
public sealed partial class LiveApi
{
    public async Task<EdgeTranscodeJobIdResponse> CreateEdgeTranscodeJobAsync(CreateEdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("ClusterId", request.ClusterId)
            .Add("Name", request.Name)
            .Add("TemplateId", request.TemplateId)
            .Add("StreamInput", request.StreamInput)
            .Add("StreamOutput", request.StreamOutput);
        return await JobIdAsync(LiveOperations.CreateEdgeTranscodeJob, query, cancellationToken).ConfigureAwait(false);
    }

    public async Task<GetEdgeTranscodeJobResponse> GetEdgeTranscodeJobAsync(EdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.GetEdgeTranscodeJob, JobQuery(request), cancellationToken).ConfigureAwait(false);
        return new GetEdgeTranscodeJobResponse(body.Str("RequestId"), EdgeParser.Job(body.ObjectOrSelf("Job")));
    }

    public async Task<ListEdgeTranscodeJobResponse> ListEdgeTranscodeJobAsync(ListEdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("ClusterId", request.ClusterId)
            .Add("Keyword", request.Keyword)
            .Add("PageNo", request.PageNo)
            .Add("PageSize", request.PageSize)
            .Add("SortBy", request.SortBy)
            .Add("Status", request.Status)
            .Add("Type", request.Type);
        var body = await SendAsync(LiveOperations.ListEdgeTranscodeJob, query, cancellationToken).ConfigureAwait(false);
        var jobs = body.List("JobList").Select(EdgeParser.Job).ToList();
        return new ListEdgeTranscodeJobResponse(body.Str("RequestId"), body.Int("TotalCount") ?? jobs.Count, jobs);
    }

    public async Task<EdgeTranscodeJobIdResponse> UpdateEdgeTranscodeJobAsync(UpdateEdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("ClusterId", request.ClusterId)
            .Add("JobId", request.JobId)
            .Add("Name", request.Name)
            .Add("TemplateId", request.TemplateId)
            .Add("StreamInput", request.StreamInput)
            .Add("StreamOutput", request.StreamOutput);
        return await JobIdAsync(LiveOperations.UpdateEdgeTranscodeJob, query, cancellationToken).ConfigureAwait(false);
    }

    public Task<EdgeTranscodeJobIdResponse> StartEdgeTranscodeJobAsync(EdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JobIdAsync(LiveOperations.StartEdgeTranscodeJob, JobQuery(request), cancellationToken);
    }

    public Task<EdgeTranscodeJobIdResponse> StopEdgeTranscodeJobAsync(EdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JobIdAsync(LiveOperations.StopEdgeTranscodeJob, JobQuery(request), cancellationToken);
    }

    public async Task<CloudResponse> DeleteEdgeTranscodeJobAsync(EdgeTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.DeleteEdgeTranscodeJob, JobQuery(request), cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<GetEdgeTranscodeTemplateResponse> GetEdgeTranscodeTemplateAsync(GetEdgeTranscodeTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters().Add("ClusterId", request.ClusterId).Add("TemplateId", request.TemplateId);
        var body = await SendAsync(LiveOperations.GetEdgeTranscodeTemplate, query, cancellationToken).ConfigureAwait(false);
        return new GetEdgeTranscodeTemplateResponse(body.Str("RequestId"), EdgeParser.Template(body.ObjectOrSelf("Template")));
    }

    public async Task<ListEdgeTranscodeTemplateResponse> ListEdgeTranscodeTemplateAsync(ListEdgeTranscodeTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("ClusterId", request.ClusterId)
            .Add("Keyword", request.Keyword)
            .Add("PageNo", request.PageNo)
            .Add("PageSize", request.PageSize)
            .Add("SortBy", request.SortBy)
            .Add("Type", request.Type)
            .Add("VideoCodec", request.VideoCodec);
        var body = await SendAsync(LiveOperations.ListEdgeTranscodeTemplate, query, cancellationToken).ConfigureAwait(false);
        var templates = body.List("TemplateList").Select(EdgeParser.Template).ToList();
        return new ListEdgeTranscodeTemplateResponse(body.Str("RequestId"), body.Int("TotalCount") ?? templates.Count, templates);
    }

    private async Task<EdgeTranscodeJobIdResponse> JobIdAsync(CloudOperation operation, QueryParameters query, CancellationToken cancellationToken)
    {
        var body = await SendAsync(operation, query, cancellationToken).ConfigureAwait(false);
        return new EdgeTranscodeJobIdResponse(body.Str("RequestId"), body.Str("JobId"));
    }

    private static QueryParameters JobQuery(EdgeTranscodeJobRequest request) =>
        new QueryParameters().Add("ClusterId", request.ClusterId).Add("JobId", request.JobId);
}
