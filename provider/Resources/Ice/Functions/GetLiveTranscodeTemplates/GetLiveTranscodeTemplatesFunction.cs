using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Common.LookupProperties;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Ice.Functions.GetLiveTranscodeTemplates;

/// <summary>
/// alicloud-live:ice:getLiveTranscodeTemplates: finds ICE live transcode templates (ListLiveTranscodeTemplates, every
/// page); <c>name</c> narrows the cloud's fuzzy keyword match to one exact name.
/// </summary>
internal sealed class GetLiveTranscodeTemplatesFunction : FunctionDefinition<AlibabaCloudClient>
{
    private static readonly ObjectType Template = new(
        "alicloud-live:ice:getLiveTranscodeTemplatesTemplate",
        "An ICE live transcoding template, with the video and audio settings of its configuration.",
        [
            new("templateId", TypeRef.String, "The template id (what a LiveTranscodeJob's templateId takes).") { Required = true },
            new("name", TypeRef.String, "The template's name."),
            new("type", TypeRef.String, "normal, narrow-band, audio-only or origin."),
            new("category", TypeRef.String, "system or customized."),
            new("createTime", TypeRef.String, "When the template was created."),
            new("videoCodec", TypeRef.String, "The video codec."),
            new("videoBitrate", TypeRef.String, "The video bitrate in Kbit/s."),
            new("width", TypeRef.String, "The video width in pixels."),
            new("height", TypeRef.String, "The video height in pixels."),
            new("fps", TypeRef.String, "The frame rate."),
            new("audioCodec", TypeRef.String, "The audio codec."),
            new("audioBitrate", TypeRef.String, "The audio bitrate in Kbit/s."),
        ]);

    public override string Token => "alicloud-live:ice:getLiveTranscodeTemplates";

    public override string Description =>
        "Finds ICE live transcoding templates by name, keyword, category, type or video codec (ListLiveTranscodeTemplates, "
        + "every page). Use it to find the templateId of a LiveTranscodeJob by the template's name.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        Filter("name", "Only the templates with exactly this name."),
        Filter("keyword", "A template id (exact match) or part of a name (fuzzy match), as the cloud matches KeyWord."),
        Filter("category", "system or customized.", Must.OneOf("system", "customized")),
        Filter("type", "normal, narrow-band, audio-only or origin.", Must.OneOf("normal", "narrow-band", "audio-only", "origin")),
        Filter("videoCodec", "H.264 or H.265.", Must.OneOf("H.264", "H.265")),
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = [Ids("templates"), Items("templates", Template, "templates")];

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var inputs = context.Inputs;
        var name = inputs.GetString("name");
        var request = new ListLiveTranscodeTemplatesRequest
        {
            // Without a keyword the exact name still narrows the listing: the cloud matches names fuzzily.
            KeyWord = inputs.GetString("keyword") ?? name,
            Category = inputs.GetString("category"),
            Type = inputs.GetString("type"),
            VideoCodec = inputs.GetString("videoCodec"),
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListLiveTranscodeTemplates", async number =>
        {
            var page = await client.Ice.ListLiveTranscodeTemplatesAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<LiveTranscodeTemplateSummary>(page.TotalCount, page.Templates);
        });
        var found = all.Where(t => name is null || t.Name == name).ToList();
        return new MapBuilder()
            .Add("ids", Strings(found.Select(t => t.TemplateId)))
            .Add("templates", Objects(found.Select(Item)))
            .Build();
    }

    private static PropertyMap Item(LiveTranscodeTemplateSummary t) => new MapBuilder()
        .Add("templateId", t.TemplateId)
        .Add("name", t.Name)
        .Add("type", t.Type)
        .Add("category", t.Category)
        .Add("createTime", t.CreateTime)
        .Add("videoCodec", t.VideoCodec)
        .Add("videoBitrate", t.VideoBitrate)
        .Add("width", t.Width)
        .Add("height", t.Height)
        .Add("fps", t.Fps)
        .Add("audioCodec", t.AudioCodec)
        .Add("audioBitrate", t.AudioBitrate)
        .Build();
}
