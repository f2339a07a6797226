using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Ice;

/// <summary>Read-only look-ups of the seeded ICE live transcode templates (what TemplateId must reference).</summary>
public static class LiveTranscodeTemplateOperations
{
    public static IEnumerable<Operation> All() =>
    [
        new("GetLiveTranscodeTemplate", ApiVersions.Ice, Mutates: false, Limit: null, Handle: Get),
        new("ListLiveTranscodeTemplates", ApiVersions.Ice, Mutates: false, Limit: null, Handle: List),
    ];

    private static JsonObject Get(OperationContext ctx) => new()
    {
        ["TemplateContent"] = Render(LiveTranscodeJobOperations.FindTemplate(ctx.Seed, ctx.Parameters.Required("TemplateId"))),
    };

    private static JsonObject List(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var paging = Paging.Read(p, "PageNo", "PageSize", 10, 1, 100);
        var keyword = p.Optional("KeyWord");
        var category = p.Optional("Category");
        var type = p.Optional("Type");
        var codec = p.Optional("VideoCodec");
        var matches = ctx.Seed.IceTemplates
            .Where(t => string.IsNullOrEmpty(keyword) || t.Id == keyword || t.Name.Contains(keyword, StringComparison.Ordinal))
            .Where(t => string.IsNullOrEmpty(category) || t.EffectiveCategory == category)
            .Where(t => string.IsNullOrEmpty(type) || t.Type == type)
            .Where(t => string.IsNullOrEmpty(codec) || t.Video.Codec.Equals(codec, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new JsonObject
        {
            ["TotalCount"] = matches.Count,
            ["TemplateContentList"] = new JsonArray(paging.Apply(SortOrder.ByCreateTime(p, matches, t => t.EffectiveCreateTime)).Select(t => (JsonNode)Render(t)).ToArray()),
        };
    }

    private static JsonObject Render(IceTemplate t) => new()
    {
        ["TemplateId"] = t.Id,
        ["Name"] = t.Name,
        ["Type"] = t.Type,
        ["Category"] = t.EffectiveCategory,
        ["CreateTime"] = RpcParameters.FormatTime(t.EffectiveCreateTime),
        ["TemplateConfig"] = new JsonObject
        {
            ["VideoParams"] = new JsonObject
            {
                ["Codec"] = t.Video.Codec,
                ["Bitrate"] = t.Video.Bitrate,
                ["Fps"] = t.Video.Fps,
                ["Gop"] = t.Video.Gop,
                ["Width"] = t.Video.Width,
                ["Height"] = t.Video.Height,
                ["Profile"] = t.Video.Profile,
            },
            ["AudioParams"] = new JsonObject
            {
                ["Codec"] = t.Audio.Codec,
                ["Bitrate"] = t.Audio.Bitrate,
                ["Samplerate"] = t.Audio.Samplerate,
                ["Channels"] = t.Audio.Channels,
                ["Profile"] = t.Audio.Profile,
            },
        },
    };
}
