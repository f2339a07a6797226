using AlicloudLive.Cloud.Live;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using CloudRecordFormat = AlicloudLive.Cloud.Live.RecordFormat;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>Inputs → record-config requests, and described configs → outputs.</summary>
internal static class RecordVodConfigMapping
{
    public static AddLiveRecordVodConfigRequest Add(PropertyMap inputs)
    {
        var key = RecordVodConfigKey.FromInputs(inputs);
        return new(key.DomainName, key.AppName, inputs.GetString("vodTranscodeGroupId"))
        {
            StreamName = key.StreamParameter,
            CycleDuration = Int(inputs, "cycleDuration"),
            AutoCompose = inputs.GetBool("autoCompose"),
            ComposeVodTranscodeGroupId = inputs.GetString("composeVodTranscodeGroupId"),
            OnDemand = Int(inputs, "onDemand"),
            DelayTime = Int(inputs, "delayTime"),
            TranscodeTemplates = Templates(inputs),
            RecordFormats = Formats(inputs),
            RecordContent = inputs.GetString("recordContent"),
            StorageLocation = inputs.GetString("storageLocation"),
            SpaceId = inputs.GetString("spaceId"),
        };
    }

    /// <summary>
    /// Every updatable setting, changed or not: the API keeps what it is not sent, and sending the whole desired
    /// state also undoes drift that a refresh found.
    /// </summary>
    public static UpdateLiveRecordVodConfigRequest Update(PropertyMap inputs)
    {
        var key = RecordVodConfigKey.FromInputs(inputs);
        return new(key.DomainName, key.AppName, inputs.GetString("vodTranscodeGroupId"))
        {
            StreamName = key.StreamParameter,
            CycleDuration = Int(inputs, "cycleDuration"),
            AutoCompose = inputs.GetBool("autoCompose"),
            ComposeVodTranscodeGroupId = inputs.GetString("composeVodTranscodeGroupId"),
            OnDemand = Int(inputs, "onDemand"),
            DelayTime = Int(inputs, "delayTime"),
            TranscodeTemplates = Templates(inputs),
            RecordFormats = Formats(inputs),
        };
    }

    /// <summary>The config as inputs plus createTime; empty lists are left out, as a program leaves them out.</summary>
    public static PropertyMap Outputs(LiveRecordVodConfig config) => new MapBuilder()
        .Add("domainName", config.DomainName)
        .Add("appName", config.AppName)
        .Add("streamName", config.StreamName)
        .Add("vodTranscodeGroupId", config.VodTranscodeGroupId)
        .Add("cycleDuration", config.CycleDuration)
        .Add("autoCompose", config.AutoCompose)
        .Add("composeVodTranscodeGroupId", config.ComposeVodTranscodeGroupId)
        .Add("onDemand", config.OnDemand)
        .Add("delayTime", config.DelayTime)
        .Add("transcodeTemplates", config.TranscodeTemplates.Count > 0 ? config.TranscodeTemplates : null)
        .Add("recordFormats", config.RecordFormats.Count > 0 ? new ArrayValue(config.RecordFormats.Select(Format)) : null)
        .Add("recordContent", config.RecordContent)
        .Add("storageLocation", config.StorageLocation)
        .Add("spaceId", config.SpaceId)
        .Add("createTime", config.CreateTime)
        .Build();

    private static PropertyValue Format(CloudRecordFormat format) => new ObjectValue(new MapBuilder()
        .Add("format", format.Format)
        .Add("sliceDuration", format.SliceDuration)
        .Add("autoCompose", format.AutoCompose)
        .Add("processMethod", format.ProcessMethod)
        .Add("processTemplateId", format.ProcessTemplateId)
        .Add("videoProcess", format.VideoProcess)
        .Add("tags", format.Tags)
        .Build());

    private static List<string>? Templates(PropertyMap inputs) =>
        inputs.GetArray("transcodeTemplates")?.Select(t => ((StringValue)PropertyMapReading.Unwrap(t)).Value).ToList();

    private static List<CloudRecordFormat>? Formats(PropertyMap inputs) =>
        inputs.GetArray("recordFormats")?.Select(f =>
        {
            var format = ((ObjectValue)PropertyMapReading.Unwrap(f)).Properties;
            return new CloudRecordFormat(format.GetString("format")!)
            {
                SliceDuration = Int(format, "sliceDuration"),
                AutoCompose = format.GetString("autoCompose"),
                ProcessMethod = format.GetString("processMethod"),
                ProcessTemplateId = format.GetString("processTemplateId"),
                VideoProcess = format.GetString("videoProcess"),
                Tags = format.GetString("tags"),
            };
        }).ToList();

    private static int? Int(PropertyMap map, string key) => map.GetNumber(key) is { } n ? (int)n : null;
}
