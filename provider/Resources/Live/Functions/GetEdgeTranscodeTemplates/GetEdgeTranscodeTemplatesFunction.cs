using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeTemplates;

/// <summary>
/// alicloud-live:live:getEdgeTranscodeTemplates: the edge transcode templates of one cluster (ListEdgeTranscodeTemplate,
/// every page); <c>name</c> narrows the cloud's fuzzy keyword match to one exact name.
/// </summary>
internal sealed class GetEdgeTranscodeTemplatesFunction : FunctionDefinition<AlibabaCloudClient>
{
    public override string Token => "alicloud-live:live:getEdgeTranscodeTemplates";

    public override string Description =>
        "Finds the edge transcoding templates of a cluster by name, keyword, type or video codec (ListEdgeTranscodeTemplate, "
        + "every page). Use it to find the templateId of an EdgeTranscodeJob by the template's name.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetEdgeTranscodeTemplatesArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetEdgeTranscodeTemplatesResult.Definitions();

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var args = GetEdgeTranscodeTemplatesArgs.From(context.Inputs);
        var request = new ListEdgeTranscodeTemplateRequest(args.ClusterId)
        {
            Keyword = args.Keyword ?? args.Name,
            Type = args.Type,
            VideoCodec = args.VideoCodec,
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListEdgeTranscodeTemplate", async number =>
        {
            var page = await client.Live.ListEdgeTranscodeTemplateAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<EdgeTranscodeTemplate>(page.TotalCount, page.Templates);
        });
        var found = all.Where(t => args.Name is null || t.Name == args.Name).ToList();
        return new GetEdgeTranscodeTemplatesResult { Ids = [.. found.Select(t => t.TemplateId)], Templates = [.. found.Select(Item)] }.ToMap();
    }

    private static GetEdgeTranscodeTemplatesTemplate Item(EdgeTranscodeTemplate t) => new()
    {
        TemplateId = t.TemplateId,
        Name = t.Name,
        Type = t.Type,
        Codec = t.Codec,
        Bitrate = t.Bitrate,
        Fps = t.Fps,
        Gop = t.Gop,
        Resolution = t.Resolution,
        CreateTime = t.CreateTime,
    };
}

[PropertyModel]
internal sealed partial record GetEdgeTranscodeTemplatesArgs
{
    [Property("The edge cluster (data center) whose templates to list.")]
    public required string ClusterId { get; init; }

    [Property("Only the templates with exactly this name.")]
    public string? Name { get; init; }

    [Property("A template id (exact match) or part of a name (fuzzy match), as the cloud matches Keyword.")]
    public string? Keyword { get; init; }

    [Property("common, nbhd-2 or ultra-hd.")]
    public string? Type { get; init; }

    [Property("H.264 or H.265.")]
    public string? VideoCodec { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(ClusterId)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Name)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Keyword)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Type)] = new() { Validators = [Must.OneOf("common", "nbhd-2", "ultra-hd")] },
        [nameof(VideoCodec)] = new() { Validators = [Must.OneOf("H.264", "H.265")] },
    };
}

[PropertyModel]
internal sealed partial record GetEdgeTranscodeTemplatesResult
{
    [Property("The ids of the templates found, in the order the cloud lists them.")]
    public required IReadOnlyList<string> Ids { get; init; }

    [Property("The templates found, in the order the cloud lists them (empty when nothing matches).")]
    public required IReadOnlyList<GetEdgeTranscodeTemplatesTemplate> Templates { get; init; }
}

[PropertyModel("alicloud-live:live:getEdgeTranscodeTemplatesTemplate", "An edge transcoding template of a cluster.")]
internal sealed partial record GetEdgeTranscodeTemplatesTemplate
{
    [Property("The template id (what an EdgeTranscodeJob's templateId takes).")]
    public required string TemplateId { get; init; }

    [Property("The template's name.")]
    public string? Name { get; init; }

    [Property("common, nbhd-2 or ultra-hd.")]
    public string? Type { get; init; }

    [Property("The video codec.")]
    public string? Codec { get; init; }

    [Property("The video bitrate.")]
    public string? Bitrate { get; init; }

    [Property("The frame rate.")]
    public string? Fps { get; init; }

    [Property("The group-of-pictures length.")]
    public string? Gop { get; init; }

    [Property("The resolution, e.g. 1920*1080.")]
    public string? Resolution { get; init; }

    [Property("When the template was created.")]
    public string? CreateTime { get; init; }
}
