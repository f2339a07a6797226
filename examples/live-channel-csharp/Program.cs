using AlicloudLive.Sdk.Components;
using AlicloudLive.Sdk.Components.Inputs;
using Pulumi;

return await Deployment.RunAsync(() =>
{
    // Stack config is read inside RunAsync: Pulumi's Config needs the running deployment (see README.md for the commands).
    var config = new Config();

    // Recording is optional: the channel records to VOD only when vodTranscodeGroupId is set.
    var vodGroup = config.Get("vodTranscodeGroupId");
    var channel = new LiveChannel("news", new LiveChannelArgs
    {
        SourceUrl = "rtmp://origin.example.com/live/news",
        IngestDomain = "live.example.com",
        PlayDomain = "play.example.com",
        StreamName = "news",
        StartTime = config.Require("startTime"),
        EndTime = config.Require("endTime"),
        TranscodeTemplateId = "ice-tpl-hd",
        Recording = vodGroup is null ? null : new LiveChannelRecordingArgs { VodTranscodeGroupId = vodGroup },
    });

    return new Dictionary<string, object?>
    {
        ["ingestUrl"] = channel.IngestUrl,
        ["outputStreams"] = channel.OutputStreams,
        ["recordConfigId"] = channel.RecordConfigId,
    };
});
