using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>
/// The update rule of every property in each state of the task (docs/design.md, "Update rules per resource"): not started, Running, Abnormal,
/// Stopped, Exited, and a start between the plan and the update.
/// </summary>
public sealed class PullToPushTaskStateRuleTests : PullToPushTaskFixture
{
    [Test]
    public async Task Before_the_start_region_times_and_callback_update_in_place()
    {
        var task = await Engine.CreateAsync(Type, "early", VodTask());
        var news = task.Inputs.With("region", "cn-beijing").With("startTime", At(2)).With("endTime", At(4))
            .With("callbackUrl", "https://hooks.example.com/task");

        var (diff, predicted) = await Engine.PreviewUpdateAsync(task, news);
        Assert.That(diff.Replaces, Is.Empty);
        Assert.That(diff.Diffs, Is.EquivalentTo(new[] { "region", "startTime", "endTime", "callbackUrl" }));
        Assert.That(predicted!.GetString("region"), Is.EqualTo("cn-beijing"));

        var updated = await Engine.UpdateAsync(task, news);
        Assert.That(updated.Replaced, Is.False);
        Assert.That(updated.State.Output("taskId"), Is.EqualTo(task.Id));
        var cloud = await CloudTaskAsync();
        Assert.That((string?)cloud["Region"], Is.EqualTo("cn-beijing"));
        Assert.That((string?)cloud["TaskInfo"]!["StartTime"], Is.EqualTo(news.GetString("startTime")));
        Assert.That((await Engine.RefreshAsync(updated.State))!.Output("region"), Is.EqualTo("cn-beijing"), "refresh reads in the new region");
    }

    [TestCase("sourceUrls", new[] { "media-3", "media-4" })]
    [TestCase("fileIndex", 2)]
    [TestCase("offset", 30)]
    public async Task Before_the_start_sources_and_file_position_replace_because_the_api_takes_them_only_while_stopped(string property, object value)
    {
        var task = await Engine.CreateAsync(Type, "early", VodTask());

        var (diff, _) = await PreviewAsync(task, property, value);

        Assert.That(diff.Replaces, Is.EqualTo(new[] { property }));
        var warning = LogsFor(task.Urn).Last();
        Assert.That(warning.Severity, Is.EqualTo(LogSeverity.Warning), "the decision depends on the recorded state");
        Assert.That(warning.Message, Is.EqualTo($"{property} cannot change before the task has started and been stopped (UpdateLivePullToPush takes it only while the task is stopped); the task will be replaced"));
    }

    [Test]
    public async Task While_running_only_callback_and_repeat_update_in_place_and_a_source_change_replaces_delete_first()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "running", LiveTask()));

        var callback = await Engine.UpdateAsync(task, task.Inputs.With("callbackUrl", "https://hooks.example.com/a"));
        Assert.That(callback.Replaced, Is.False, "callbackUrl updates in any state");

        var outcome = await Engine.UpdateAsync(callback.State, callback.State.Inputs.With("sourceUrls", ["rtmp://source.example.com/app/other"]));
        Assert.That(outcome.Replaced, Is.True);
        Assert.That(outcome.Diff.DeleteBeforeReplace, Is.True, "the replacement keeps the dstUrl, which serves one task at a time");
        var warning = LogsFor(task.Urn).Single(l => l.Message.Contains("replaced", StringComparison.Ordinal));
        Assert.That(warning.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(warning.Message, Is.EqualTo("sourceUrls cannot change while the task is running (status Running); the task will be replaced"));
        Assert.That((await CloudTasksAsync()).Select(t => (string?)t!["TaskId"]), Is.EqualTo(new[] { outcome.State.Id }));
        Assert.That(await CallsOf("CreateLivePullToPush", "failed"), Is.Zero, "the old task was deleted before its dstUrl was reused");
    }

    [Test]
    public async Task While_abnormal_repeat_number_updates_in_place_and_an_end_time_change_replaces()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "abnormal", VodTask()));
        await MarkAbnormalAsync(task.Id);
        var refreshed = (await Engine.RefreshAsync(task))!;
        Assert.That(refreshed.Output("status"), Is.EqualTo("Abnormal"));

        var repeat = await Engine.UpdateAsync(refreshed, refreshed.Inputs.With("repeatNumber", -1));
        Assert.That(repeat.Replaced, Is.False);
        Assert.That((int?)(await CloudTaskAsync())["TaskInfo"]!["RepeatNumber"], Is.EqualTo(-1));

        var (diff, _) = await PreviewAsync(repeat.State, "endTime", At(5));
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "endTime" }));
        Assert.That(LogsFor(task.Urn).Last().Message, Is.EqualTo("endTime cannot change while the task is running with errors (status Abnormal); the task will be replaced"));
    }

    [Test]
    public async Task While_stopped_sources_end_time_and_file_position_update_in_place_but_region_and_start_time_replace()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "stopped", VodTask()));
        await StopOutOfBandAsync(task);
        var stopped = (await Engine.RefreshAsync(task))!;
        Assert.That(stopped.Output("status"), Is.EqualTo("Stopped"));
        Assert.That(stopped.Output("exitReason"), Is.EqualTo("TriggerByUser"));

        var news = stopped.Inputs.With("endTime", At(5))
            .With("sourceUrls", ["media-9"])
            .With("offset", 90);
        var updated = await Engine.UpdateAsync(stopped, news);
        Assert.That(updated.Replaced, Is.False);
        var cloud = await CloudTaskAsync();
        Assert.That((string?)cloud["TaskInfo"]!["SourceUrls"]![0], Is.EqualTo("media-9"));
        Assert.That((string?)cloud["TaskInfo"]!["EndTime"], Is.EqualTo(news.GetString("endTime")));

        var (startDiff, _) = await PreviewAsync(updated.State, "startTime", At(0.5));
        Assert.That(startDiff.Replaces, Is.EqualTo(new[] { "startTime" }));
        Assert.That(LogsFor(task.Urn).Last().Message, Does.StartWith("startTime cannot change once the task has been stopped (status Stopped)"));

        var moved = await Engine.UpdateAsync(updated.State, updated.State.Inputs.With("region", "cn-beijing"));
        Assert.That(moved.Replaced, Is.True);
        Assert.That(moved.Diff.DeleteBeforeReplace, Is.True);
        Assert.That(LogsFor(task.Urn).Last().Message, Is.EqualTo("region cannot change once the task has been stopped (status Stopped); the task will be replaced"));
        Assert.That((string?)(await CloudTaskAsync())["Region"], Is.EqualTo("cn-beijing"));
    }

    [Test]
    public async Task An_exited_task_or_one_past_its_start_time_updates_only_its_callback_and_repeat_number_in_place()
    {
        var inputs = await Engine.CheckAsync(Type, "exited", VodTask());
        var exited = new ResourceState(Type, "exited", EngineDriver.Urn(Type, "exited"), "t-1", inputs, inputs.With("status", "Exited"));
        var news = inputs.With("startTime", At(2)).With("endTime", At(4))
            .With("sourceUrls", ["media-3"])
            .With("fileIndex", 2)
            .With("callbackUrl", "https://hooks.example.com/task")
            .With("repeatNumber", 3);
        var calls = await CloudCallCountAsync();

        var diff = await Engine.DiffAsync(exited, news);
        Assert.That(diff.Replaces, Is.EquivalentTo(new[] { "startTime", "endTime", "sourceUrls", "fileIndex" }));
        var explanation = LogsFor(exited.Urn).Single().Message;
        foreach (var property in new[] { "startTime", "endTime", "sourceUrls", "fileIndex" })
        {
            Assert.That(explanation, Does.Contain($"{property} cannot change once the task has exited (status Exited)"));
        }

        // Recorded NotStarted, but its start time has passed since: it is running now, whatever the record says.
        var passedStart = inputs.With("startTime", At(-1));
        var stale = exited with { Inputs = passedStart, Outputs = passedStart.With("status", "NotStarted") };
        diff = await Engine.DiffAsync(stale, passedStart.With("sourceUrls", ["media-3"]));
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "sourceUrls" }));
        Assert.That(LogsFor(exited.Urn).Last().Message, Does.StartWith("sourceUrls cannot change once the task's start time has passed"));
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls), "Diff makes no cloud call");
    }

    [Test]
    public async Task Removing_a_callback_replaces_because_the_api_cannot_clear_it()
    {
        var task = await Engine.CreateAsync(Type, "clear", LiveTask().With("callbackUrl", "https://hooks.example.com/a"));

        var (diff, _) = await Engine.PreviewUpdateAsync(task, task.Inputs.Remove("callbackUrl"));
        Assert.That(diff.Replaces, Is.EqualTo(new[] { "callbackUrl" }));
        var explanation = LogsFor(task.Urn).Single();
        Assert.That(explanation.Message, Is.EqualTo("callbackUrl cannot change to no value: UpdateLivePullToPush cannot clear it; the task will be replaced"));
        Assert.That(explanation.Severity, Is.EqualTo(Pulumirpc.LogSeverity.Info), "the decision follows from the inputs alone");
    }

    [Test]
    public async Task A_task_that_starts_between_preview_and_up_fails_the_update_and_asks_for_a_new_plan()
    {
        var task = await Engine.CreateAsync(Type, "race", LiveTask());
        var news = task.Inputs.With("endTime", At(4));
        var (diff, _) = await Engine.PreviewUpdateAsync(task, news);
        Assert.That(diff.Replaces, Is.Empty, "at preview the task has not started: an in-place update");

        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1.5));
        var error = Assert.ThrowsAsync<RpcException>(() => Engine.UpdateAsync(task, news));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("changed since the preview").And.Contain("status Running").And.Contain("run `pulumi up` again"));
        Assert.That((string?)(await CloudTaskAsync())["TaskInfo"]!["EndTime"], Is.EqualTo(task.Inputs.GetString("endTime")), "nothing was changed");
    }

    [Test]
    public async Task A_start_the_service_reports_only_at_the_update_call_fails_with_a_clear_precondition_message()
    {
        var task = await Engine.CreateAsync(Type, "late-start", LiveTask());
        await Emulator.InjectFaultAsync("UpdateLivePullToPush", "error", code: "CodeTaskHasStarted", httpStatus: 400);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.UpdateAsync(task, task.Inputs.With("endTime", At(4))));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain($"the task {task.Id} started since the plan was made").And.Contain("endTime").And.Contain("run `pulumi up` again"));
    }

    private async Task<(DiffResponse Diff, PropertyMap? Predicted)> PreviewAsync(ResourceState state, string key, object value) =>
        await Engine.PreviewUpdateAsync(state, state.Inputs.WithValue(key, value));
}
