using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>
/// A lookup adopts a task the engine did not name only when exactly one task matches every key it knows, and says so
/// in a WARNING naming both ids; a failed Create shows the cloud's own error, with any note about the dstUrl after it.
/// </summary>
public sealed class PullToPushTaskAdoptionTests : PullToPushTaskFixture
{
    [Test]
    public async Task A_restarted_task_is_adopted_with_a_warning_naming_both_ids()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "restarted", LiveTask().With("taskName", "shared")));
        var newId = await RestartOutOfBandAsync(task);

        var refreshed = await Engine.RefreshAsync(task);

        Assert.That(refreshed?.Id, Is.EqualTo(newId));
        var warning = LogsFor(task.Urn).Single();
        Assert.That(warning.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(warning.Message, Does.Contain($"task {task.Id} no longer exists").And.Contain($"now follows task {newId}").And.Contain("dstUrl, taskName, sourceType, sourceUrls"));
    }

    [Test]
    public async Task A_task_that_shares_only_the_dstUrl_and_name_is_never_adopted_nor_deleted()
    {
        var task = await Engine.CreateAsync(Type, "mine", LiveTask().With("taskName", "shared"));
        await OutOfBand.Live.DeleteLivePullToPushAsync(new PullToPushTaskRequest(task.Id, "cn-shanghai"));
        var stranger = (await OutOfBand.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddHours(3), "live", ["rtmp://source.example.com/app/someone-else"], DstUrl)
        {
            SourceProtocol = "rtmp",
            TaskName = "shared",
        })).TaskId;

        Assert.That(await Engine.RefreshAsync(task), Is.Null, "the recorded task is gone (CodeTaskNotExist, and no task matches all its keys)");
        await Engine.DeleteAsync(task);

        Assert.That((await CloudTasksAsync()).Select(t => (string?)t!["TaskId"]), Is.EqualTo(new[] { stranger }), "another's task is left alone");
        Assert.That(LogsFor(task.Urn), Is.Empty, "nothing was adopted");
    }

    [Test]
    public async Task A_failed_create_shows_the_clouds_error_first_and_notes_the_task_on_the_dstUrl_after_it()
    {
        var holder = await Engine.CreateAsync(Type, "holder", LiveTask());
        await Emulator.InjectFaultAsync("CreateLivePullToPush", "error", code: "InvalidParameter.SourceUrl", httpStatus: 400);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateAsync(Type, "second", LiveTask()));

        Assert.That(error!.Message, Does.StartWith("CreateLivePullToPush failed: InvalidParameter.SourceUrl"), "the cloud's own error, as it is");
        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        var note = LogsFor(EngineDriver.Urn(Type, "second")).Single();
        Assert.That(note.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(note.Message, Does.StartWith("CreateLivePullToPush failed (InvalidParameter.SourceUrl); note that task " + holder.Id));
        Assert.That(await CloudTasksAsync(), Has.Count.EqualTo(1));
    }
}
