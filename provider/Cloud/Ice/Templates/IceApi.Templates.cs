using System.Text.Json;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Ice;

/// <summary>Template listing, for lookups by name or keyword.</summary>
public sealed partial class IceApi
{
    public async Task<ListLiveTranscodeTemplatesResponse> ListLiveTranscodeTemplatesAsync(ListLiveTranscodeTemplatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryParameters()
            .Add("KeyWord", request.KeyWord)
            .Add("Category", request.Category)
            .Add("Type", request.Type)
            .Add("VideoCodec", request.VideoCodec)
            .Add("SortBy", request.SortBy)
            .Add("PageNo", request.PageNo)
            .Add("PageSize", request.PageSize);
        var body = await SendAsync(IceOperations.ListLiveTranscodeTemplates, query, cancellationToken).ConfigureAwait(false);
        var templates = body.List("TemplateContentList").Select(Summary).ToList();
        return new ListLiveTranscodeTemplatesResponse(body.Str("RequestId"), body.Int("TotalCount") ?? templates.Count, templates);
    }

    private static LiveTranscodeTemplateSummary Summary(JsonElement template)
    {
        var config = template.Field("TemplateConfig");
        var video = config?.Field("VideoParams");
        var audio = config?.Field("AudioParams");
        return new LiveTranscodeTemplateSummary(
            template.Str("TemplateId") ?? "",
            template.Str("Name"),
            template.Str("Type"),
            template.Str("Category"),
            template.Str("CreateTime"),
            video?.Str("Codec"),
            video?.Str("Bitrate"),
            video?.Str("Width"),
            video?.Str("Height"),
            video?.Str("Fps"),
            audio?.Str("Codec"),
            audio?.Str("Bitrate"));
    }
}
