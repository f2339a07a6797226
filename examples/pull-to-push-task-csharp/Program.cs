using Pulumi;
using Pulumi.AlicloudLive.Live;

// The task's window comes from stack config so that every `pulumi up` plans against the same times:
//   pulumi config set startTime $(date -u -d '+10 minutes' +%Y-%m-%dT%H:%M:%SZ)
//   pulumi config set endTime $(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)
var config = new Config();

return await Deployment.RunAsync(() =>
{
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
