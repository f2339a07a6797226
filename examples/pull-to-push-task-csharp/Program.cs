using Pulumi;
using AlicloudLive.Sdk.Live;

return await Deployment.RunAsync(() =>
{
    // The task's window comes from stack config so that every `pulumi up` plans against the same times (README.md
    // has the commands). Config is read inside RunAsync: Pulumi's Config needs the running deployment.
    var config = new Config();
    var task = new PullToPushTask("relay", new PullToPushTaskArgs
    {
        Region = "cn-shanghai",
        SourceType = PullToPushTaskSourceType.Live,
        SourceProtocol = PullToPushTaskSourceProtocol.Rtmp,
        SourceUrls = { "rtmp://origin.example.com/live/camera1" },
        DstUrl = "rtmp://live.example.com/live/camera1",
        StartTime = config.Require("startTime"),
        EndTime = config.Require("endTime"),
        CallbackUrl = "https://hooks.example.com/pull-to-push",
    });

    return new Dictionary<string, object?>
    {
        ["taskId"] = task.TaskId,
        ["status"] = task.Status,
    };
});
