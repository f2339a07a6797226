using System.Text.Json;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Listing;

namespace AlicloudLive.Cloud.Live;

/// <summary>Live API operations: pull-to-push tasks, record-to-VOD configs and edge transcode jobs.</summary>
public sealed partial class LiveApi
{
    private readonly CloudPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly ListReadBatcher<PullToPushTask> _pullToPushReads;
    private readonly ListReadBatcher<EdgeTranscodeJob> _edgeJobReads;

    internal LiveApi(CloudPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        _pullToPushReads = new(ListPullToPushPageAsync, t => t.TaskId, t => t.CarriesDescribeFields, pipeline.Time);
        _edgeJobReads = new(ListEdgeJobPageAsync, j => j.JobId, j => j.Status is not null, pipeline.Time);
    }

    private Task<JsonElement> SendAsync(CloudOperation operation, QueryParameters query, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(operation, _endpoint, query, cancellationToken);

    /// <summary>
    /// The task as a DescribeLivePullToPushList page shared with concurrent reads in its region shows it (a refresh or
    /// preview reads many at once); null when no shared page showed it: describe it then.
    /// </summary>
    public Task<PullToPushTask?> FindListedPullToPushTaskAsync(string region, string taskId, CancellationToken cancellationToken) =>
        _pullToPushReads.FindAsync(region, taskId, cancellationToken);

    /// <summary>
    /// The job as a ListEdgeTranscodeJob page shared with concurrent reads in its cluster shows it (the list item
    /// carries every field GetEdgeTranscodeJob answers); null when no shared page showed it: get it then.
    /// </summary>
    public Task<EdgeTranscodeJob?> FindListedEdgeTranscodeJobAsync(string clusterId, string jobId, CancellationToken cancellationToken) =>
        _edgeJobReads.FindAsync(clusterId, jobId, cancellationToken);

    private async Task<ListedPage<PullToPushTask>> ListPullToPushPageAsync(string region, int page, CancellationToken cancellationToken)
    {
        var request = new DescribeLivePullToPushListRequest(region) { PageNumber = page, PageSize = ListingRound<PullToPushTask>.PageSize };
        var answer = await DescribeLivePullToPushListAsync(request, cancellationToken).ConfigureAwait(false);
        return new(answer.Total, answer.Tasks);
    }

    private async Task<ListedPage<EdgeTranscodeJob>> ListEdgeJobPageAsync(string clusterId, int page, CancellationToken cancellationToken)
    {
        var request = new ListEdgeTranscodeJobRequest(clusterId) { PageNo = page, PageSize = ListingRound<EdgeTranscodeJob>.PageSize };
        var answer = await ListEdgeTranscodeJobAsync(request, cancellationToken).ConfigureAwait(false);
        return new(answer.TotalCount, answer.Jobs);
    }
}
