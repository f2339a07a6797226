using System.Text.Json;
using AlicloudLive.Cloud.Http;

namespace AlicloudLive.Cloud.Live;

/// <summary>Live API operations: pull-to-push tasks, record-to-VOD configs and edge transcode jobs.</summary>
public sealed partial class LiveApi
{
    private readonly CloudPipeline _pipeline;
    private readonly Uri _endpoint;

    internal LiveApi(CloudPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        PullToPushReads = new PullToPushListBatcher(DescribeLivePullToPushListAsync, pipeline.Time);
    }

    /// <summary>Concurrent reads of pull-to-push tasks, answered together from list pages (one per client).</summary>
    public PullToPushListBatcher PullToPushReads { get; }

    private Task<JsonElement> SendAsync(CloudOperation operation, QueryParameters query, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(operation, _endpoint, query, cancellationToken);
}
