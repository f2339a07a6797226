using Pulumi;
using AlicloudLive.Sdk.Live;
using AlicloudLive.Sdk.Live.Inputs;

return await Deployment.RunAsync(() =>
{
    // Records every stream of the app "live" to VOD in 30-minute files, as HLS with 10-second slices.
    var recording = new RecordVodConfig("recording", new RecordVodConfigArgs
    {
        DomainName = "live.example.com",
        AppName = "live",
        VodTranscodeGroupId = "vod-group-default",
        CycleDuration = 1800,
        RecordFormats =
        {
            new RecordVodConfigRecordFormatArgs { Format = "m3u8", SliceDuration = 10 },
        },
    });

    return new Dictionary<string, object?>
    {
        ["id"] = recording.Id,
        ["createTime"] = recording.CreateTime,
    };
});
