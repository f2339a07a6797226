using System.Text.Json;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Edge transcode templates of a cluster, for lookups (the edge quota applies, as to every edge call).</summary>
public sealed partial class LiveApi
{
    public async Task<ListEdgeTranscodeTemplateResponse> ListEdgeTranscodeTemplateAsync(ListEdgeTranscodeTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("ClusterId", request.ClusterId)
            .Add("Keyword", request.Keyword)
            .Add("Type", request.Type)
            .Add("VideoCodec", request.VideoCodec)
            .Add("SortBy", request.SortBy)
            .Add("PageNo", request.PageNo)
            .Add("PageSize", request.PageSize);
        var body = await SendAsync(LiveOperations.ListEdgeTranscodeTemplate, query, cancellationToken).ConfigureAwait(false);
        var templates = body.List("TemplateList").Select(EdgeTemplate).ToList();
        return new ListEdgeTranscodeTemplateResponse(body.Str("RequestId"), body.Int("TotalCount") ?? templates.Count, templates);
    }

    private static EdgeTranscodeTemplate EdgeTemplate(JsonElement template) => new(
        template.Str("TemplateId") ?? "",
        template.Str("Name"),
        template.Str("Type"),
        template.Str("Codec"),
        template.Str("Bitrate"),
        template.Str("Fps"),
        template.Str("Gop"),
        template.Str("Resolution"),
        template.Str("CreateTime"));
}
