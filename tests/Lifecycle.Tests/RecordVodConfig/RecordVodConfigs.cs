using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.RecordVodConfig;

/// <summary>Programs and out-of-band changes shared by the RecordVodConfig tests.</summary>
internal static class RecordVodConfigs
{
    public const string TypeToken = "alicloud-live:live:RecordVodConfig";

    /// <summary>The smallest program: every stream of live.example.com/app (id live.example.com/app/).</summary>
    public static PropertyMap WholeApp() => Json.Map("""
        {"domainName": "live.example.com", "appName": "app", "vodTranscodeGroupId": "vod-group-default"}
        """);

    /// <summary>One stream, with every list and add-only setting set.</summary>
    public static PropertyMap Stream(string streamName = "s1") => Json.Map($$"""
        {"domainName": "live.example.com", "appName": "app", "streamName": "{{streamName}}",
         "vodTranscodeGroupId": "vod-group-default", "delayTime": 60, "recordContent": "raw,transcode",
         "transcodeTemplates": ["tpl-a", "tpl-b"],
         "recordFormats": [{"format": "m3u8", "sliceDuration": 10}, {"format": "mp4", "sliceDuration": 30, "processMethod": "none"}],
         "storageLocation": "bucket-a", "spaceId": "space-a"}
        """);

    /// <summary>A signed client of the emulator for changes made outside Pulumi.</summary>
    public static AlibabaCloudClient OutOfBand(EmulatorProcess emulator) =>
        new(new AccessKeyCredentials("emulator", "emulator", null), new CloudClientOptions { LiveEndpoint = emulator.BaseUrl, IceEndpoint = emulator.BaseUrl });

    public static async Task AddOutOfBandAsync(EmulatorProcess emulator, string streamName, int cycleDuration = 3600)
    {
        using var client = OutOfBand(emulator);
        await client.Live.AddLiveRecordVodConfigAsync(new AddLiveRecordVodConfigRequest("live.example.com", "app", "vod-group-default")
        {
            StreamName = streamName.Length == 0 ? null : streamName,
            CycleDuration = cycleDuration,
        });
    }
}
