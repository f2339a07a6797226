using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>Read-only look-ups of the seeded edge clusters and their transcode templates.</summary>
public static class EdgeLookupOperations
{
    public static IEnumerable<Operation> All() =>
    [
        new("ListEdgeTranscodeCluster", ApiVersions.Live, false, null, Clusters),
        new("ListEdgeTranscodeTemplate", ApiVersions.Live, false, null, Templates),
    ];

    private static JsonObject Clusters(OperationContext ctx) => new()
    {
        ["TotalCount"] = ctx.Seed.EdgeClusters.Count,
        ["ClusterList"] = new JsonObject
        {
            ["Cluster"] = new JsonArray(ctx.Seed.EdgeClusters.Select(c => (JsonNode)new JsonObject { ["ClusterId"] = c }).ToArray()),
        },
    };

    private static JsonObject Templates(OperationContext ctx)
    {
        var cluster = EdgeInputs.Cluster(ctx.Parameters, ctx.Seed);
        var templates = ctx.Seed.EdgeTemplates.Where(t => t.ClusterId == cluster).ToList();
        return new JsonObject
        {
            ["TotalCount"] = templates.Count,
            ["TemplateList"] = new JsonObject
            {
                ["Template"] = new JsonArray(templates.Select(t => (JsonNode)new JsonObject
                {
                    ["TemplateId"] = t.Id,
                    ["Name"] = t.Name,
                    ["Type"] = t.Type ?? "common",
                }).ToArray()),
            },
        };
    }
}
