using AlicloudLive.Cloud.Live;
using CloudRecordFormat = AlicloudLive.Cloud.Live.RecordFormat;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>Inputs → record-config requests, and described configs → outputs.</summary>
internal static class RecordVodConfigMapping
{
    public static AddLiveRecordVodConfigRequest Add(RecordVodConfigArgs args) => new(args.Key.DomainName, args.Key.AppName, args.VodTranscodeGroupId)
    {
        StreamName = args.Key.StreamParameter,
        CycleDuration = args.CycleDuration,
        AutoCompose = args.AutoCompose,
        ComposeVodTranscodeGroupId = args.ComposeVodTranscodeGroupId,
        OnDemand = args.OnDemand,
        DelayTime = args.DelayTime,
        TranscodeTemplates = args.TranscodeTemplates,
        RecordFormats = Formats(args),
        RecordContent = args.RecordContent,
        StorageLocation = args.StorageLocation,
        SpaceId = args.SpaceId,
    };

    /// <summary>
    /// Every updatable setting, changed or not: the API keeps what it is not sent, and sending the whole desired
    /// state also undoes drift that a refresh found.
    /// </summary>
    public static UpdateLiveRecordVodConfigRequest Update(RecordVodConfigArgs args) => new(args.Key.DomainName, args.Key.AppName, args.VodTranscodeGroupId)
    {
        StreamName = args.Key.StreamParameter,
        CycleDuration = args.CycleDuration,
        AutoCompose = args.AutoCompose,
        ComposeVodTranscodeGroupId = args.ComposeVodTranscodeGroupId,
        OnDemand = args.OnDemand,
        DelayTime = args.DelayTime,
        TranscodeTemplates = args.TranscodeTemplates,
        RecordFormats = Formats(args),
    };

    /// <summary>The config as inputs plus createTime; empty lists are left out, as a program leaves them out.</summary>
    public static RecordVodConfigState Outputs(LiveRecordVodConfig config) => new()
    {
        DomainName = config.DomainName,
        AppName = config.AppName,
        StreamName = config.StreamName,
        VodTranscodeGroupId = config.VodTranscodeGroupId,
        CycleDuration = config.CycleDuration,
        AutoCompose = config.AutoCompose,
        ComposeVodTranscodeGroupId = config.ComposeVodTranscodeGroupId,
        OnDemand = config.OnDemand,
        DelayTime = config.DelayTime,
        TranscodeTemplates = config.TranscodeTemplates.Count > 0 ? config.TranscodeTemplates : null,
        RecordFormats = config.RecordFormats.Count > 0 ? [.. config.RecordFormats.Select(Format)] : null,
        RecordContent = config.RecordContent,
        StorageLocation = config.StorageLocation,
        SpaceId = config.SpaceId,
        CreateTime = config.CreateTime,
    };

    private static RecordVodConfigRecordFormat Format(CloudRecordFormat format) => new()
    {
        Format = format.Format,
        SliceDuration = format.SliceDuration,
        AutoCompose = format.AutoCompose,
        ProcessMethod = format.ProcessMethod,
        ProcessTemplateId = format.ProcessTemplateId,
        VideoProcess = format.VideoProcess,
        Tags = format.Tags,
    };

    private static List<CloudRecordFormat>? Formats(RecordVodConfigArgs args) =>
        args.RecordFormats?.Select(format => new CloudRecordFormat(format.Format)
        {
            SliceDuration = format.SliceDuration,
            AutoCompose = format.AutoCompose,
            ProcessMethod = format.ProcessMethod,
            ProcessTemplateId = format.ProcessTemplateId,
            VideoProcess = format.VideoProcess,
            Tags = format.Tags,
        }).ToList();
}
