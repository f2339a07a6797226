using Pulumi;
using AlicloudLive.Sdk.Live;

return await Deployment.RunAsync(() =>
{
    // A running edge job replaces on settings changes; set Running = false in the same change to stop it and
    // update it in place instead.
    var job = new EdgeTranscodeJob("edge", new EdgeTranscodeJobArgs
    {
        ClusterId = "edge-cluster-1",
        TemplateId = "edge-tpl-1080p",
        StreamInput = "rtmp://live.example.com/live/camera1",
        StreamOutput = "rtmp://live.example.com/live/camera1_1080p",
        Running = true,
    });

    return new Dictionary<string, object?>
    {
        ["id"] = job.Id,
        ["status"] = job.Status,
    };
});
