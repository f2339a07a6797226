using Pulumi;
using AlicloudLive.Sdk.Ice;
using AlicloudLive.Sdk.Ice.Inputs;

return await Deployment.RunAsync(() =>
{
    // An Immediate job starts on creation; only its name can change afterwards (any other change replaces it).
    var job = new LiveTranscodeJob("transcode", new LiveTranscodeJobArgs
    {
        TemplateId = "ice-tpl-hd",
        StartMode = LiveTranscodeJobStartMode.Immediate,
        StreamInput = new LiveTranscodeJobStreamInputArgs { InputUrl = "rtmp://live.example.com/live/camera1" },
        TranscodeOutput = new LiveTranscodeJobTranscodeOutputArgs { DomainName = "play.example.com" },
    });

    return new Dictionary<string, object?>
    {
        ["jobId"] = job.JobId,
        ["status"] = job.Status,
        ["outputStreams"] = job.OutputStreams,
    };
});
