using System.Text.Json.Nodes;
using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>
/// Shared by the pull-to-push test classes: task inputs, and changes made outside Pulumi (stop, restart, a failing
/// source) through the emulator's API as a user or the service would make them.
/// </summary>
public abstract class PullToPushTaskFixture : LifecycleFixture
{
    protected const string Type = "alicloud-live:live:PullToPushTask";
    protected const string DstUrl = "rtmp://push.example.com/app/stream";

    private AlibabaCloudClient? _outOfBand;

    /// <summary>A user's own client, separate from the plugin.</summary>
    protected AlibabaCloudClient OutOfBand => _outOfBand ??= new AlibabaCloudClient(
        new AccessKeyCredentials("emulator", "emulator", null),
        new CloudClientOptions { LiveEndpoint = Emulator.BaseUrl, IceEndpoint = Emulator.BaseUrl });

    [OneTimeTearDown]
    public void DisposeOutOfBand() => _outOfBand?.Dispose();

    /// <summary>A live task in cn-shanghai starting an hour from now (real time, which the reset emulator shares).</summary>
    protected static PropertyMap LiveTask(string dstUrl = DstUrl, double startInHours = 1) => Json.Map($$"""
        {"region": "cn-shanghai", "sourceType": "live", "sourceProtocol": "rtmp",
         "sourceUrls": ["rtmp://source.example.com/app/in"], "dstUrl": "{{dstUrl}}",
         "startTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(startInHours))}}", "endTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(startInHours + 2))}}"}
        """);

    /// <summary>A vod task over two media IDs, starting an hour from now.</summary>
    protected static PropertyMap VodTask(string dstUrl = DstUrl) => Json.Map($$"""
        {"region": "cn-shanghai", "sourceType": "vod", "sourceUrls": ["media-1", "media-2"], "dstUrl": "{{dstUrl}}",
         "startTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(1))}}", "endTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(3))}}",
         "repeatNumber": 0, "fileIndex": 1, "offset": 5}
        """);

    protected static DateTimeOffset At(double hoursFromNow) => DateTimeOffset.UtcNow.AddHours(hoursFromNow);

    protected async Task<JsonArray> CloudTasksAsync() => await CloudObjectsAsync("pullToPushTasks");

    protected async Task<JsonObject> CloudTaskAsync() => (await CloudTasksAsync()).Single()!.AsObject();

    /// <summary>Moves the emulated clock past the start time (an hour ahead) and refreshes: the task is running.</summary>
    protected async Task<ResourceState> StartedAsync(ResourceState task)
    {
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1.5));
        var refreshed = (await Engine.RefreshAsync(task))!;
        Assert.That(refreshed.Output("status"), Is.EqualTo("Running"));
        return refreshed;
    }

    /// <summary>The source fails: the service reports the running task as Abnormal (emulator admin extension).</summary>
    protected Task MarkAbnormalAsync(string taskId) =>
        Emulator.PostAsync($"/_emulator/tasks/{taskId}/status", new JsonObject { ["status"] = "Abnormal" });

    protected async Task StopOutOfBandAsync(ResourceState task) =>
        await OutOfBand.Live.StopLivePullToPushAsync(new PullToPushTaskRequest(task.Id, task.Output("region")!));

    /// <summary>Restarts the task as a user would in the console; the service issues a new TaskId.</summary>
    protected async Task<string> RestartOutOfBandAsync(ResourceState task) =>
        (await OutOfBand.Live.RestartLivePullToPushAsync(new PullToPushTaskRequest(task.Id, task.Output("region")!))).TaskId!;

    protected async Task<int> CallsOf(string action, string counter = "calls") =>
        (int?)(await Emulator.CallsAsync())[action]?[counter] ?? 0;
}
