using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>
/// Record-to-VOD configs: 1000 calls per minute per operation and account; RecordFormat and TranscodeTemplates are
/// flattened 1-based lists.
/// </summary>
public sealed partial class LiveApi
{
    public async Task<CloudResponse> AddLiveRecordVodConfigAsync(AddLiveRecordVodConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = RecordWriteQuery(
                request.DomainName, request.AppName, request.StreamName, request.VodTranscodeGroupId, request.CycleDuration,
                request.AutoCompose, request.ComposeVodTranscodeGroupId, request.OnDemand, request.DelayTime,
                request.TranscodeTemplates, request.RecordFormats)
            .Add("StorageLocation", request.StorageLocation)
            .Add("RecordContent", request.RecordContent)
            .Add("SpaceId", request.SpaceId);
        var body = await SendAsync(LiveOperations.AddLiveRecordVodConfig, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<CloudResponse> UpdateLiveRecordVodConfigAsync(UpdateLiveRecordVodConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = RecordWriteQuery(
            request.DomainName, request.AppName, request.StreamName, request.VodTranscodeGroupId, request.CycleDuration,
            request.AutoCompose, request.ComposeVodTranscodeGroupId, request.OnDemand, request.DelayTime,
            request.TranscodeTemplates, request.RecordFormats);
        var body = await SendAsync(LiveOperations.UpdateLiveRecordVodConfig, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<CloudResponse> DeleteLiveRecordVodConfigAsync(DeleteLiveRecordVodConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("DomainName", request.DomainName)
            .Add("AppName", request.AppName)
            .Add("StreamName", request.StreamName);
        var body = await SendAsync(LiveOperations.DeleteLiveRecordVodConfig, query, cancellationToken).ConfigureAwait(false);
        return new CloudResponse(body.Str("RequestId"));
    }

    public async Task<DescribeLiveRecordVodConfigsResponse> DescribeLiveRecordVodConfigsAsync(DescribeLiveRecordVodConfigsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("DomainName", request.DomainName)
            .Add("AppName", request.AppName)
            .Add("StreamName", request.StreamName)
            .Add("PageNum", request.PageNum)
            .Add("PageSize", request.PageSize);
        var body = await SendAsync(LiveOperations.DescribeLiveRecordVodConfigs, query, cancellationToken).ConfigureAwait(false);
        var configs = body.List("LiveRecordVodConfigs").Select(RecordVodParser.Config).ToList();
        return new DescribeLiveRecordVodConfigsResponse(
            body.Str("RequestId"), body.Int("Total") ?? configs.Count, body.Int("PageNum"), body.Int("PageSize"), configs);
    }

    private static QueryParameters RecordWriteQuery(
        string domainName,
        string appName,
        string? streamName,
        string? vodTranscodeGroupId,
        int? cycleDuration,
        bool? autoCompose,
        string? composeVodTranscodeGroupId,
        int? onDemand,
        int? delayTime,
        IReadOnlyList<string>? transcodeTemplates,
        IReadOnlyList<RecordFormat>? recordFormats) =>
        new QueryParameters()
            .Add("DomainName", domainName)
            .Add("AppName", appName)
            .Add("StreamName", streamName)
            .Add("VodTranscodeGroupId", vodTranscodeGroupId)
            .Add("CycleDuration", cycleDuration)
            .AddSwitch("AutoCompose", autoCompose)
            .Add("ComposeVodTranscodeGroupId", composeVodTranscodeGroupId)
            .Add("OnDemand", onDemand)
            .Add("DelayTime", delayTime)
            .AddFlattened("TranscodeTemplates", transcodeTemplates)
            .AddFlattened("RecordFormat", recordFormats, FormatFields);

    private static IEnumerable<(string Field, string? Value)> FormatFields(RecordFormat format) =>
    [
        ("Format", format.Format),
        ("SliceDuration", format.SliceDuration?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("AutoCompose", format.AutoCompose),
        ("ProcessMethod", format.ProcessMethod),
        ("ProcessTemplateId", format.ProcessTemplateId),
        ("VideoProcess", format.VideoProcess),
        ("Tags", format.Tags),
    ];
}
