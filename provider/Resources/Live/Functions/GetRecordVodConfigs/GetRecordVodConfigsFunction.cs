using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetRecordVodConfigs;

/// <summary>alicloud-live:live:getRecordVodConfigs: the record-to-VOD configs of a domain (DescribeLiveRecordVodConfigs, every page).</summary>
internal sealed class GetRecordVodConfigsFunction : FunctionDefinition<AlibabaCloudClient>
{
    public override string Token => "alicloud-live:live:getRecordVodConfigs";

    public override string Description =>
        "Finds the record-to-VOD configurations of a streaming domain, optionally of one app or stream "
        + "(DescribeLiveRecordVodConfigs, every page), including configs not managed by this stack.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetRecordVodConfigsArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetRecordVodConfigsResult.Definitions();

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var args = GetRecordVodConfigsArgs.From(context.Inputs);
        var request = new DescribeLiveRecordVodConfigsRequest(args.DomainName)
        {
            AppName = args.AppName,
            StreamName = args.StreamName,
            PageSize = Pages.Size,
        };
        var found = await Pages.AllAsync("DescribeLiveRecordVodConfigs", async number =>
        {
            var page = await client.Live.DescribeLiveRecordVodConfigsAsync(request with { PageNum = number }, context.CancellationToken);
            return new Page<LiveRecordVodConfig>(page.Total, page.Configs);
        });
        return new GetRecordVodConfigsResult { Ids = [.. found.Select(Id)], Configs = [.. found.Select(Item)] }.ToMap();
    }

    private static string Id(LiveRecordVodConfig c) => $"{c.DomainName}/{c.AppName}/{c.StreamName}";

    private static GetRecordVodConfigsConfig Item(LiveRecordVodConfig c) => new()
    {
        Id = Id(c),
        DomainName = c.DomainName,
        AppName = c.AppName,
        StreamName = c.StreamName,
        VodTranscodeGroupId = c.VodTranscodeGroupId,
        CycleDuration = c.CycleDuration,
        AutoCompose = c.AutoCompose,
        ComposeVodTranscodeGroupId = c.ComposeVodTranscodeGroupId,
        OnDemand = c.OnDemand,
        DelayTime = c.DelayTime,
        StorageLocation = c.StorageLocation,
        SpaceId = c.SpaceId,
        RecordContent = c.RecordContent,
        TranscodeTemplates = c.TranscodeTemplates,
        CreateTime = c.CreateTime,
    };
}

[PropertyModel]
internal sealed partial record GetRecordVodConfigsArgs
{
    [Property("The main streaming domain.")]
    public required string DomainName { get; init; }

    [Property("Only the configs of this application.")]
    public string? AppName { get; init; }

    [Property("Only the configs of this stream.")]
    public string? StreamName { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(DomainName)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(AppName)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(StreamName)] = new() { Validators = [Must.NotEmpty()] },
    };
}

[PropertyModel]
internal sealed partial record GetRecordVodConfigsResult
{
    [Property("The ids of the configs found, in the order the cloud lists them.")]
    public required IReadOnlyList<string> Ids { get; init; }

    [Property("The configs found, in the order the cloud lists them (empty when nothing matches).")]
    public required IReadOnlyList<GetRecordVodConfigsConfig> Configs { get; init; }
}

[PropertyModel("alicloud-live:live:getRecordVodConfigsConfig", "A record-to-VOD configuration.")]
internal sealed partial record GetRecordVodConfigsConfig
{
    [Property("The RecordVodConfig resource id: <domainName>/<appName>/<streamName> (streamName empty for a whole app).")]
    public required string Id { get; init; }

    [Property("The main streaming domain.")]
    public required string DomainName { get; init; }

    [Property("The application.")]
    public required string AppName { get; init; }

    [Property("The stream; empty when the config covers the whole app.")]
    public required string StreamName { get; init; }

    [Property("The VOD transcoding template group.")]
    public string? VodTranscodeGroupId { get; init; }

    [Property("The recording cycle in seconds.")]
    public int? CycleDuration { get; init; }

    [Property("Whether recordings are composed automatically.")]
    public bool? AutoCompose { get; init; }

    [Property("The template group for composed recordings.")]
    public string? ComposeVodTranscodeGroupId { get; init; }

    [Property("On-demand recording: 0 off, 1 by the push URL parameter, 2 by HTTP callback.")]
    public int? OnDemand { get; init; }

    [Property("Seconds to wait before an interrupted stream's recording ends.")]
    public int? DelayTime { get; init; }

    [Property("The VOD storage bucket.")]
    public string? StorageLocation { get; init; }

    [Property("The VOD space.")]
    public string? SpaceId { get; init; }

    [Property("raw, transcode or raw,transcode.")]
    public string? RecordContent { get; init; }

    [Property("The live transcoding templates recorded.")]
    public required IReadOnlyList<string> TranscodeTemplates { get; init; }

    [Property("When the config was created.")]
    public string? CreateTime { get; init; }
}
