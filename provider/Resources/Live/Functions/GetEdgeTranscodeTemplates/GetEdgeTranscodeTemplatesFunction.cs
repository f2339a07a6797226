using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Common.LookupProperties;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeTemplates;

/// <summary>
/// alicloud-live:live:getEdgeTranscodeTemplates: the edge transcode templates of one cluster (ListEdgeTranscodeTemplate,
/// every page); <c>name</c> narrows the cloud's fuzzy keyword match to one exact name.
/// </summary>
internal sealed class GetEdgeTranscodeTemplatesFunction : FunctionDefinition<AlibabaCloudClient>
{
    private static readonly ObjectType Template = new(
        "alicloud-live:live:getEdgeTranscodeTemplatesTemplate",
        "An edge transcoding template of a cluster.",
        [
            new("templateId", TypeRef.String, "The template id (what an EdgeTranscodeJob's templateId takes).") { Required = true },
            new("name", TypeRef.String, "The template's name."),
            new("type", TypeRef.String, "common, nbhd-2 or ultra-hd."),
            new("codec", TypeRef.String, "The video codec."),
            new("bitrate", TypeRef.String, "The video bitrate."),
            new("fps", TypeRef.String, "The frame rate."),
            new("gop", TypeRef.String, "The group-of-pictures length."),
            new("resolution", TypeRef.String, "The resolution, e.g. 1920*1080."),
            new("createTime", TypeRef.String, "When the template was created."),
        ]);

    public override string Token => "alicloud-live:live:getEdgeTranscodeTemplates";

    public override string Description =>
        "Finds the edge transcoding templates of a cluster by name, keyword, type or video codec (ListEdgeTranscodeTemplate, "
        + "every page). Use it to find the templateId of an EdgeTranscodeJob by the template's name.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("clusterId", TypeRef.String, "The edge cluster (data center) whose templates to list.") { Required = true, Validators = [Must.NotEmpty()] },
        Filter("name", "Only the templates with exactly this name."),
        Filter("keyword", "A template id (exact match) or part of a name (fuzzy match), as the cloud matches Keyword."),
        Filter("type", "common, nbhd-2 or ultra-hd.", Must.OneOf("common", "nbhd-2", "ultra-hd")),
        Filter("videoCodec", "H.264 or H.265.", Must.OneOf("H.264", "H.265")),
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = [Ids("templates"), Items("templates", Template, "templates")];

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var inputs = context.Inputs;
        var name = inputs.GetString("name");
        var request = new ListEdgeTranscodeTemplateRequest(inputs.GetString("clusterId")!)
        {
            Keyword = inputs.GetString("keyword") ?? name,
            Type = inputs.GetString("type"),
            VideoCodec = inputs.GetString("videoCodec"),
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListEdgeTranscodeTemplate", async number =>
        {
            var page = await client.Live.ListEdgeTranscodeTemplateAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<EdgeTranscodeTemplate>(page.TotalCount, page.Templates);
        });
        var found = all.Where(t => name is null || t.Name == name).ToList();
        return new MapBuilder()
            .Add("ids", Strings(found.Select(t => t.TemplateId)))
            .Add("templates", Objects(found.Select(Item)))
            .Build();
    }

    private static PropertyMap Item(EdgeTranscodeTemplate t) => new MapBuilder()
        .Add("templateId", t.TemplateId)
        .Add("name", t.Name)
        .Add("type", t.Type)
        .Add("codec", t.Codec)
        .Add("bitrate", t.Bitrate)
        .Add("fps", t.Fps)
        .Add("gop", t.Gop)
        .Add("resolution", t.Resolution)
        .Add("createTime", t.CreateTime)
        .Build();
}
