using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Common.LookupProperties;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetRecordVodConfigs;

/// <summary>alicloud-live:live:getRecordVodConfigs: the record-to-VOD configs of a domain (DescribeLiveRecordVodConfigs, every page).</summary>
internal sealed class GetRecordVodConfigsFunction : FunctionDefinition<AlibabaCloudClient>
{
    private static readonly ObjectType Config = new(
        "alicloud-live:live:getRecordVodConfigsConfig",
        "A record-to-VOD configuration.",
        [
            new("id", TypeRef.String, "The RecordVodConfig resource id: <domainName>/<appName>/<streamName> (streamName empty for a whole app).") { Required = true },
            new("domainName", TypeRef.String, "The main streaming domain.") { Required = true },
            new("appName", TypeRef.String, "The application.") { Required = true },
            new("streamName", TypeRef.String, "The stream; empty when the config covers the whole app.") { Required = true },
            new("vodTranscodeGroupId", TypeRef.String, "The VOD transcoding template group."),
            new("cycleDuration", TypeRef.Integer, "The recording cycle in seconds."),
            new("autoCompose", TypeRef.Boolean, "Whether recordings are composed automatically."),
            new("composeVodTranscodeGroupId", TypeRef.String, "The template group for composed recordings."),
            new("onDemand", TypeRef.Integer, "On-demand recording: 0 off, 1 by the push URL parameter, 2 by HTTP callback."),
            new("delayTime", TypeRef.Integer, "Seconds to wait before an interrupted stream's recording ends."),
            new("storageLocation", TypeRef.String, "The VOD storage bucket."),
            new("spaceId", TypeRef.String, "The VOD space."),
            new("recordContent", TypeRef.String, "raw, transcode or raw,transcode."),
            new("transcodeTemplates", TypeRef.ArrayOf(TypeRef.String), "The live transcoding templates recorded.") { Required = true },
            new("createTime", TypeRef.String, "When the config was created."),
        ]);

    public override string Token => "alicloud-live:live:getRecordVodConfigs";

    public override string Description =>
        "Finds the record-to-VOD configurations of a streaming domain, optionally of one app or stream "
        + "(DescribeLiveRecordVodConfigs, every page), including configs not managed by this stack.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("domainName", TypeRef.String, "The main streaming domain.") { Required = true, Validators = [Must.NotEmpty()] },
        Filter("appName", "Only the configs of this application."),
        Filter("streamName", "Only the configs of this stream."),
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = [Ids("configs"), Items("configs", Config, "configs")];

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var inputs = context.Inputs;
        var request = new DescribeLiveRecordVodConfigsRequest(inputs.GetString("domainName")!)
        {
            AppName = inputs.GetString("appName"),
            StreamName = inputs.GetString("streamName"),
            PageSize = Pages.Size,
        };
        var found = await Pages.AllAsync("DescribeLiveRecordVodConfigs", async number =>
        {
            var page = await client.Live.DescribeLiveRecordVodConfigsAsync(request with { PageNum = number }, context.CancellationToken);
            return new Page<LiveRecordVodConfig>(page.Total, page.Configs);
        });
        return new MapBuilder()
            .Add("ids", Strings(found.Select(Id)))
            .Add("configs", Objects(found.Select(Item)))
            .Build();
    }

    private static string Id(LiveRecordVodConfig c) => $"{c.DomainName}/{c.AppName}/{c.StreamName}";

    private static PropertyMap Item(LiveRecordVodConfig c) => new MapBuilder()
        .Add("id", Id(c))
        .Add("domainName", c.DomainName)
        .Add("appName", c.AppName)
        .Add("streamName", c.StreamName)
        .Add("vodTranscodeGroupId", c.VodTranscodeGroupId)
        .Add("cycleDuration", c.CycleDuration)
        .Add("autoCompose", c.AutoCompose)
        .Add("composeVodTranscodeGroupId", c.ComposeVodTranscodeGroupId)
        .Add("onDemand", c.OnDemand)
        .Add("delayTime", c.DelayTime)
        .Add("storageLocation", c.StorageLocation)
        .Add("spaceId", c.SpaceId)
        .Add("recordContent", c.RecordContent)
        .Add("transcodeTemplates", c.TranscodeTemplates)
        .Add("createTime", c.CreateTime)
        .Build();
}
