using System.Text.Json;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Reads record-to-VOD configs: Total as a string, ON/OFF switches, wrapped or bare lists.</summary>
internal static class RecordVodParser
{
    public static LiveRecordVodConfig Config(JsonElement config) => new(
        config.Str("DomainName") ?? "",
        config.Str("AppName") ?? "",
        config.Str("StreamName") ?? "",
        config.Str("CreateTime"),
        config.Int("CycleDuration"),
        config.Int("DelayTime"),
        config.Int("OnDemand"),
        config.Switch("AutoCompose"),
        config.Str("ComposeVodTranscodeGroupId"),
        config.Str("VodTranscodeGroupId"),
        config.Str("StorageLocation"),
        config.Str("SpaceId"),
        config.Str("RecordContent"),
        config.Strings("TranscodeTemplates"),
        config.List("RecordFormatList").Select(Format).ToList());

    private static RecordFormat Format(JsonElement format) => new(format.Str("Format") ?? "")
    {
        SliceDuration = format.Int("SliceDuration"),
        AutoCompose = format.Str("AutoCompose"),
        ProcessMethod = format.Str("ProcessMethod"),
        ProcessTemplateId = format.Str("ProcessTemplateId"),
        VideoProcess = format.Str("VideoProcess"),
        Tags = format.Str("Tags"),
    };
}
