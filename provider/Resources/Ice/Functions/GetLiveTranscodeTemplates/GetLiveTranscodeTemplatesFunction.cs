using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Ice.Functions.GetLiveTranscodeTemplates;

/// <summary>
/// alicloud-live:ice:getLiveTranscodeTemplates: finds ICE live transcode templates (ListLiveTranscodeTemplates, every
/// page); <c>name</c> narrows the cloud's fuzzy keyword match to one exact name.
/// </summary>
internal sealed class GetLiveTranscodeTemplatesFunction : FunctionDefinition<AlibabaCloudClient>
{
    public override string Token => "alicloud-live:ice:getLiveTranscodeTemplates";

    public override string Description =>
        "Finds ICE live transcoding templates by name, keyword, category, type or video codec (ListLiveTranscodeTemplates, "
        + "every page). Use it to find the templateId of a LiveTranscodeJob by the template's name.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetLiveTranscodeTemplatesArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetLiveTranscodeTemplatesResult.Definitions();

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var args = GetLiveTranscodeTemplatesArgs.From(context.Inputs);
        var request = new ListLiveTranscodeTemplatesRequest
        {
            // Without a keyword the exact name still narrows the listing: the cloud matches names fuzzily.
            KeyWord = args.Keyword ?? args.Name,
            Category = args.Category,
            Type = args.Type,
            VideoCodec = args.VideoCodec,
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListLiveTranscodeTemplates", async number =>
        {
            var page = await client.Ice.ListLiveTranscodeTemplatesAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<LiveTranscodeTemplateSummary>(page.TotalCount, page.Templates);
        });
        var found = all.Where(t => args.Name is null || t.Name == args.Name).ToList();
        return new GetLiveTranscodeTemplatesResult { Ids = [.. found.Select(t => t.TemplateId)], Templates = [.. found.Select(Item)] }.ToMap();
    }

    private static GetLiveTranscodeTemplatesTemplate Item(LiveTranscodeTemplateSummary t) => new()
    {
        TemplateId = t.TemplateId,
        Name = t.Name,
        Type = t.Type,
        Category = t.Category,
        CreateTime = t.CreateTime,
        VideoCodec = t.VideoCodec,
        VideoBitrate = t.VideoBitrate,
        Width = t.Width,
        Height = t.Height,
        Fps = t.Fps,
        AudioCodec = t.AudioCodec,
        AudioBitrate = t.AudioBitrate,
    };
}

[PropertyModel]
internal sealed partial record GetLiveTranscodeTemplatesArgs
{
    [Property("Only the templates with exactly this name.")]
    public string? Name { get; init; }

    [Property("A template id (exact match) or part of a name (fuzzy match), as the cloud matches KeyWord.")]
    public string? Keyword { get; init; }

    [Property("system or customized.")]
    public string? Category { get; init; }

    [Property("normal, narrow-band, audio-only or origin.")]
    public string? Type { get; init; }

    [Property("H.264 or H.265.")]
    public string? VideoCodec { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(Name)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Keyword)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Category)] = new() { Validators = [Must.OneOf("system", "customized")] },
        [nameof(Type)] = new() { Validators = [Must.OneOf("normal", "narrow-band", "audio-only", "origin")] },
        [nameof(VideoCodec)] = new() { Validators = [Must.OneOf("H.264", "H.265")] },
    };
}

[PropertyModel]
internal sealed partial record GetLiveTranscodeTemplatesResult
{
    [Property("The ids of the templates found, in the order the cloud lists them.")]
    public required IReadOnlyList<string> Ids { get; init; }

    [Property("The templates found, in the order the cloud lists them (empty when nothing matches).")]
    public required IReadOnlyList<GetLiveTranscodeTemplatesTemplate> Templates { get; init; }
}

[PropertyModel("alicloud-live:ice:getLiveTranscodeTemplatesTemplate", "An ICE live transcoding template, with the video and audio settings of its configuration.")]
internal sealed partial record GetLiveTranscodeTemplatesTemplate
{
    [Property("The template id (what a LiveTranscodeJob's templateId takes).")]
    public required string TemplateId { get; init; }

    [Property("The template's name.")]
    public string? Name { get; init; }

    [Property("normal, narrow-band, audio-only or origin.")]
    public string? Type { get; init; }

    [Property("system or customized.")]
    public string? Category { get; init; }

    [Property("When the template was created.")]
    public string? CreateTime { get; init; }

    [Property("The video codec.")]
    public string? VideoCodec { get; init; }

    [Property("The video bitrate in Kbit/s.")]
    public string? VideoBitrate { get; init; }

    [Property("The video width in pixels.")]
    public string? Width { get; init; }

    [Property("The video height in pixels.")]
    public string? Height { get; init; }

    [Property("The frame rate.")]
    public string? Fps { get; init; }

    [Property("The audio codec.")]
    public string? AudioCodec { get; init; }

    [Property("The audio bitrate in Kbit/s.")]
    public string? AudioBitrate { get; init; }
}
