using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Pull-to-push tasks: 10 calls per second per operation and account; SourceUrls travel as a JSON array.</summary>
public sealed partial class LiveApi
{
    public async Task<CreateLivePullToPushResponse> CreateLivePullToPushAsync(CreateLivePullToPushRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("Region", request.Region)
            .Add("StartTime", request.StartTime)
            .Add("EndTime", request.EndTime)
            .Add("SourceType", request.SourceType)
            .Add("SourceProtocol", request.SourceProtocol)
            .AddJsonArray("SourceUrls", request.SourceUrls)
            .Add("DstUrl", request.DstUrl)
            .Add("TaskName", request.TaskName)
            .Add("CallbackUrl", request.CallbackUrl)
            .Add("RepeatNumber", request.RepeatNumber)
            .Add("RetryCount", request.RetryCount)
            .Add("RetryInterval", request.RetryInterval)
            .Add("FileIndex", request.FileIndex)
            .Add("Offset", request.Offset);
        var body = await SendAsync(LiveOperations.CreateLivePullToPush, query, cancellationToken).ConfigureAwait(false);
        return new CreateLivePullToPushResponse(body.Str("RequestId"), body.Str("TaskId") ?? "");
    }

    public async Task<DescribeLivePullToPushResponse> DescribeLivePullToPushAsync(PullToPushTaskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.DescribeLivePullToPush, TaskQuery(request), cancellationToken).ConfigureAwait(false);
        return new DescribeLivePullToPushResponse(body.Str("RequestId"), PullToPushParser.Task(body));
    }

    public async Task<DescribeLivePullToPushListResponse> DescribeLivePullToPushListAsync(DescribeLivePullToPushListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("Region", request.Region)
            .Add("TaskId", request.TaskId)
            .Add("TaskName", request.TaskName)
            .Add("DstUrl", request.DstUrl)
            .Add("PageNumber", request.PageNumber)
            .Add("PageSize", request.PageSize);
        var body = await SendAsync(LiveOperations.DescribeLivePullToPushList, query, cancellationToken).ConfigureAwait(false);
        var tasks = body.List("TaskList").Select(PullToPushParser.Task).ToList();
        return new DescribeLivePullToPushListResponse(
            body.Str("RequestId"), body.Int("Total") ?? tasks.Count, body.Int("PageNumber"), body.Int("PageSize"), tasks);
    }

    public async Task<CloudResponse> UpdateLivePullToPushAsync(UpdateLivePullToPushRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("TaskId", request.TaskId)
            .Add("Region", request.Region)
            .Add("StartTime", request.StartTime)
            .Add("EndTime", request.EndTime)
            .AddJsonArray("SourceUrls", request.SourceUrls)
            .Add("RepeatNumber", request.RepeatNumber)
            .Add("Offset", request.Offset)
            .Add("CallbackUrl", request.CallbackUrl)
            .Add("FileIndex", request.FileIndex);
        var body = await SendAsync(LiveOperations.UpdateLivePullToPush, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<CloudResponse> DeleteLivePullToPushAsync(PullToPushTaskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.DeleteLivePullToPush, TaskQuery(request), cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<PullToPushTaskIdResponse> StopLivePullToPushAsync(PullToPushTaskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.StopLivePullToPush, TaskQuery(request), cancellationToken).ConfigureAwait(false);
        return new PullToPushTaskIdResponse(body.Str("RequestId"), body.Str("TaskId"));
    }

    public async Task<PullToPushTaskIdResponse> RestartLivePullToPushAsync(PullToPushTaskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(LiveOperations.RestartLivePullToPush, TaskQuery(request), cancellationToken).ConfigureAwait(false);
        return new PullToPushTaskIdResponse(body.Str("RequestId"), body.Str("TaskId"));
    }

    private static QueryParameters TaskQuery(PullToPushTaskRequest request) =>
        new QueryParameters().Add("TaskId", request.TaskId).Add("Region", request.Region);
}
