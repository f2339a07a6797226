using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Ice;

/// <summary>Read-only look-ups of the seeded ICE live transcode templates (what TemplateId must reference).</summary>
public static class LiveTranscodeTemplateOperations
{
    public static IEnumerable<Operation> All() =>
    [
        new("GetLiveTranscodeTemplate", ApiVersions.Ice, false, null, Get),
        new("ListLiveTranscodeTemplates", ApiVersions.Ice, false, null, List),
    ];

    private static JsonObject Get(OperationContext ctx) => new()
    {
        ["TemplateContent"] = Render(LiveTranscodeJobOperations.FindTemplate(ctx.Seed, ctx.Parameters.Required("TemplateId"))),
    };

    private static JsonObject List(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var paging = Paging.Read(p, "PageNo", "PageSize", 10, 1, 100);
        var name = p.Optional("Name");
        var type = p.Optional("Type");
        var matches = ctx.Seed.IceTemplates
            .Where(t => string.IsNullOrEmpty(name) || t.Name.Contains(name, StringComparison.Ordinal))
            .Where(t => string.IsNullOrEmpty(type) || t.Type == type)
            .ToList();
        return new JsonObject
        {
            ["TotalCount"] = matches.Count,
            ["TemplateContentList"] = new JsonArray(paging.Apply(matches).Select(t => (JsonNode)Render(t)).ToArray()),
        };
    }

    private static JsonObject Render(IceTemplate t) => new()
    {
        ["TemplateId"] = t.Id,
        ["Name"] = t.Name,
        ["Type"] = t.Type,
        ["Category"] = "customized",
    };
}
