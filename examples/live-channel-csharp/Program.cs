using Pulumi;
using Pulumi.AlicloudLive.Components;

// The channel's window comes from stack config (see pull-to-push-task-csharp for the commands).
var config = new Config();

return await Deployment.RunAsync(() =>
{
    var channel = new LiveChannel("news", new LiveChannelArgs
    {
        SourceUrl = "rtmp://origin.example.com/live/news",
        IngestDomain = "live.example.com",
        PlayDomain = "play.example.com",
        StreamName = "news",
        StartTime = config.Require("startTime"),
        EndTime = config.Require("endTime"),
        TranscodeTemplateId = "ice-tpl-hd",
        VodTranscodeGroupId = "vod-group-default",
    });

    return new Dictionary<string, object?>
    {
        ["ingestUrl"] = channel.IngestUrl,
        ["outputStreams"] = channel.OutputStreams,
        ["recordConfigId"] = channel.RecordConfigId,
    };
});
