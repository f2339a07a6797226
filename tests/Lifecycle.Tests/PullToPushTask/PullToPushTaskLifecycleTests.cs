using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>alicloud-live:live:PullToPushTask create, refresh, import and delete through the plugin's gRPC interface.</summary>
public sealed class PullToPushTaskLifecycleTests : PullToPushTaskFixture
{
    [Test]
    public async Task Preview_create_refresh_and_destroy_leave_the_emulator_empty()
    {
        var inputs = LiveTask();
        var calls = await CloudCallCountAsync();
        var preview = await Engine.PreviewCreateAsync(Type, "task", inputs);
        Assert.That(preview["taskId"], Is.InstanceOf<UnknownValue>(), "the cloud decides the id");
        Assert.That(preview.GetString("taskName"), Does.Match("^task-[0-9a-f]{7}$"), "autonamed");
        Assert.That(preview.GetNumber("retryInterval"), Is.EqualTo(60), "defaults applied");
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls), "a preview makes no cloud call");

        var task = await Engine.CreateAsync(Type, "task", inputs);
        Assert.That(task.Output("taskId"), Is.EqualTo(task.Id));
        Assert.That(task.Output("status"), Is.EqualTo("NotStarted"));
        Assert.That(task.Output("region"), Is.EqualTo("cn-shanghai"));
        var cloud = await CloudTaskAsync();
        Assert.That((string?)cloud["TaskInfo"]!["TaskName"], Is.EqualTo(task.Inputs.GetString("taskName")));
        Assert.That((string?)cloud["TaskInfo"]!["SourceProtocol"], Is.EqualTo("RTMP"), "the service answers the protocol in capitals");

        var refreshed = (await Engine.RefreshAsync(task))!;
        Assert.That(refreshed.Id, Is.EqualTo(task.Id));
        Assert.That(refreshed.Inputs, Is.EqualTo(task.Inputs.With("sourceProtocol", "RTMP")), "everything the program set reads back, the protocol re-cased");
        var diff = await Engine.DiffAsync(refreshed, await Engine.CheckAsync(Type, "task", inputs, refreshed.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));

        await Engine.DeleteAsync(refreshed);
        Assert.That(await CloudTasksAsync(), Is.Empty);
    }

    [Test]
    public async Task A_vod_task_reports_its_file_position_and_keeps_its_file_source_settings()
    {
        var task = await Engine.CreateAsync(Type, "vod", VodTask());

        Assert.That(task.Outputs.GetNumber("fileIndex"), Is.EqualTo(1));
        Assert.That(task.Outputs.GetNumber("offset"), Is.EqualTo(5));
        Assert.That(task.Outputs.GetNumber("repeatNumber"), Is.Zero);
        Assert.That(task.Outputs.ContainsKey("currentFileIndex"), Is.True);
        Assert.That(task.Outputs.ContainsKey("sourceProtocol"), Is.False);
    }

    [Test]
    public async Task A_task_that_vanished_after_its_end_time_is_gone_for_refresh_and_delete()
    {
        var task = await Engine.CreateAsync(Type, "ends", LiveTask());
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(4));

        Assert.That(await CloudTasksAsync(), Is.Empty, "the service deleted the task at its end time");
        Assert.That(await Engine.RefreshAsync(task), Is.Null);
        Assert.DoesNotThrowAsync(() => Engine.DeleteAsync(task), "delete is idempotent");
    }

    [Test]
    public async Task A_task_restarted_outside_pulumi_is_followed_to_its_new_id_by_refresh_update_and_delete()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "restarted", LiveTask()));
        var newId = await RestartOutOfBandAsync(task);
        Assert.That(newId, Is.Not.EqualTo(task.Id), "the service restarts a task under a new id");

        var refreshed = (await Engine.RefreshAsync(task))!;
        Assert.That(refreshed.Id, Is.EqualTo(newId));
        Assert.That(refreshed.Output("taskId"), Is.EqualTo(newId));
        Assert.That(LogsFor(task.Urn).Single().Message, Does.Contain($"task {task.Id} no longer exists").And.Contain(newId));

        var updated = await Engine.UpdateAsync(refreshed, refreshed.Inputs.With("callbackUrl", "https://hooks.example.com/task"));
        Assert.That(updated.Replaced, Is.False);
        Assert.That((string?)(await CloudTaskAsync())["TaskInfo"]!["CallbackURL"], Is.EqualTo("https://hooks.example.com/task"));

        await Engine.DeleteAsync(updated.State);
        Assert.That(await CloudTasksAsync(), Is.Empty);
    }

    [Test]
    public async Task Deleting_a_task_whose_recorded_id_was_replaced_by_a_restart_deletes_the_restarted_task()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "stale", LiveTask()));
        await RestartOutOfBandAsync(task);

        await Engine.DeleteAsync(task);
        Assert.That(await CloudTasksAsync(), Is.Empty, "nothing is orphaned");
    }

    [Test]
    public async Task Import_takes_region_slash_task_id_or_a_bare_id_in_the_provider_region_and_round_trips_through_check()
    {
        var beijing = await Engine.CreateAsync(Type, "beijing", VodTask().With("region", "cn-beijing"));
        var shanghai = await Engine.CreateAsync(Type, "shanghai", LiveTask("rtmp://push.example.com/app/other"));

        var imported = await Engine.ImportAsync(Type, "imported-beijing", $"cn-beijing/{beijing.Id}");
        Assert.That(imported.Id, Is.EqualTo(beijing.Id), "the resource id is the bare TaskId");
        Assert.That(imported.Inputs, Is.EqualTo(beijing.Inputs));

        var bare = await Engine.ImportAsync(Type, "imported-shanghai", shanghai.Id);
        Assert.That(bare.Inputs.GetString("region"), Is.EqualTo("cn-shanghai"), "the provider's region");
        var diff = await Engine.DiffAsync(bare, await Engine.CheckAsync(Type, "imported-shanghai", shanghai.Inputs, bare.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "the program that made the task matches the import");
    }

    [TestCase("commitThenDrop", 1, TestName = "A lost create response that was applied adopts the created task")]
    [TestCase("drop", 2, TestName = "A lost create request that was not applied is sent again")]
    public async Task A_lost_create_response_is_looked_up_by_dst_url_before_any_retry_and_never_duplicates(string fault, int creates)
    {
        await Emulator.InjectFaultAsync("CreateLivePullToPush", fault);
        var task = await Engine.CreateAsync(Type, "lost", LiveTask());

        var tasks = await CloudTasksAsync();
        Assert.That(tasks.Select(t => (string?)t!["TaskId"]), Is.EqualTo(new[] { task.Id }), "exactly one task, and it is the one in state");
        Assert.That(await CallsOf("CreateLivePullToPush"), Is.EqualTo(creates));
        Assert.That(await CallsOf("DescribeLivePullToPushList"), Is.EqualTo(1), "looked up once, before creating again");
    }
}
