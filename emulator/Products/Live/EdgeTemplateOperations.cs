using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>Read-only look-ups of the seeded edge transcode templates of a cluster (the Live API has no cluster list).</summary>
public static class EdgeTemplateOperations
{
    /// <summary>"The single-user QPS limit for this operation is 6,000 calls per minute" (both template pages).</summary>
    private static readonly RateLimit Quota = RateLimit.PerMinute(6000);

    public static IEnumerable<Operation> All() =>
    [
        new("GetEdgeTranscodeTemplate", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: Get),
        new("ListEdgeTranscodeTemplate", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: List),
    ];

    private static JsonObject Get(OperationContext ctx)
    {
        var cluster = EdgeInputs.Cluster(ctx.Parameters);
        return new JsonObject { ["Template"] = Render(EdgeInputs.Template(ctx.Seed, cluster, ctx.Parameters.Required("TemplateId"))) };
    }

    private static JsonObject List(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var cluster = EdgeInputs.Cluster(p);
        var paging = Paging.Read(p, "PageNo", "PageSize", 10, 1, 100);
        var keyword = p.Optional("Keyword");
        var type = p.Optional("Type");
        var codec = p.Optional("VideoCodec");
        var matches = ctx.Seed.EdgeTemplates
            .Where(t => t.ClusterId == cluster)
            .Where(t => string.IsNullOrEmpty(keyword) || t.Id == keyword || t.Name.Contains(keyword, StringComparison.Ordinal))
            .Where(t => string.IsNullOrEmpty(type) || t.EffectiveType == type)
            .Where(t => string.IsNullOrEmpty(codec) || t.EffectiveCodec.Equals(codec, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new JsonObject
        {
            ["TotalCount"] = matches.Count,
            ["TemplateList"] = new JsonObject
            {
                ["Template"] = new JsonArray(paging.Apply(SortOrder.ByCreateTime(p, matches, t => t.EffectiveCreateTime)).Select(t => (JsonNode)Render(t)).ToArray()),
            },
        };
    }

    private static JsonObject Render(EdgeTemplate t) => new()
    {
        ["TemplateId"] = t.Id,
        ["Name"] = t.Name,
        ["Type"] = t.EffectiveType,
        ["Codec"] = t.EffectiveCodec,
        ["Bitrate"] = t.Bitrate ?? "2000",
        ["Fps"] = t.Fps ?? "30",
        ["Gop"] = t.Gop ?? "2s",
        ["Resolution"] = t.Resolution ?? "1280*720",
        ["CreateTime"] = RpcParameters.FormatTime(t.EffectiveCreateTime),
    };
}
