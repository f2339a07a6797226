using AlicloudLive.Cloud.Live;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>
/// The task as the real API defines it (issue 14): fileIndex counts from 0, a re-cased protocol is no change, the
/// service's own example tasks import, and an update sends the whole desired task.
/// </summary>
public sealed class PullToPushTaskContractTests : PullToPushTaskFixture
{
    [Test]
    public async Task File_index_0_is_the_first_file_sent_and_read_back_as_0_and_is_the_default()
    {
        // One input map for create and re-check: VodTask() reads the clock, and a second boundary between two calls
        // would change the start time.
        var inputs = VodTask().With("fileIndex", 0);
        var first = await Engine.CreateAsync(Type, "first", inputs);
        Assert.That((int?)(await CloudTaskAsync())["TaskInfo"]!["FileIndex"], Is.Zero);
        Assert.That(first.Outputs.GetNumber("fileIndex"), Is.Zero);
        var refreshed = (await Engine.RefreshAsync(first))!;
        Assert.That(refreshed.Inputs.GetNumber("fileIndex"), Is.Zero, "0 reads back as 0, not as absent");
        var diff = await Engine.DiffAsync(refreshed, await Engine.CheckAsync(Type, "first", inputs, refreshed.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));

        var defaulted = await Engine.CheckAsync(Type, "defaulted", VodTask().Remove("fileIndex"));
        Assert.That(defaulted.GetNumber("fileIndex"), Is.Zero, "the API's default");
    }

    [Test]
    public async Task A_protocol_the_service_answers_in_capitals_plans_no_replacement_on_refresh_or_import()
    {
        var inputs = LiveTask();
        var task = await Engine.CreateAsync(Type, "cased", inputs);
        var refreshed = (await Engine.RefreshAsync(task))!;
        Assert.That(refreshed.Inputs.GetString("sourceProtocol"), Is.EqualTo("RTMP"), "the emulator re-cases as the service does");

        var diff = await Engine.DiffAsync(refreshed, await Engine.CheckAsync(Type, "cased", inputs, refreshed.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "case alone is no change, though sourceProtocol always replaces");

        var imported = await Engine.ImportAsync(Type, "cased-import", $"cn-shanghai/{task.Id}");
        Assert.That(imported.Inputs.GetString("sourceProtocol"), Is.EqualTo("RTMP"), "the import passes Check with the service's casing");
    }

    [Test]
    public async Task The_sdks_example_tasks_a_vod_task_with_a_protocol_and_a_live_task_with_an_offset_import_and_refresh()
    {
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var vod = await OutOfBand.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", start, start.AddHours(2), "vod", ["media-1"], "rtmp://push.example.com/app/vod")
        { SourceProtocol = "flv" });
        var live = await OutOfBand.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", start, start.AddHours(2), "live", ["rtmp://source.example.com/app/in"], "rtmp://push.example.com/app/live")
        { SourceProtocol = "rtmp", Offset = 2, RepeatNumber = 1 });

        var importedVod = await Engine.ImportAsync(Type, "vod", $"cn-shanghai/{vod.TaskId}");
        var importedLive = await Engine.ImportAsync(Type, "live", $"cn-shanghai/{live.TaskId}");

        Assert.That(importedVod.Inputs.GetString("sourceProtocol"), Is.EqualTo("flv"), "kept, though a vod source ignores it");
        Assert.That(importedLive.Inputs.ContainsKey("offset"), Is.False, "a live source ignores the offset, so it is not taken from the answer");
        Assert.That(await Engine.RefreshAsync(importedVod), Is.Not.Null);
        Assert.That(await Engine.RefreshAsync(importedLive), Is.Not.Null);
    }

    [Test]
    public async Task A_live_task_with_file_settings_is_created_and_changing_them_updates_in_place()
    {
        var task = await StartedAsync(await Engine.CreateAsync(Type, "live-file", LiveTask().With("offset", 2)));

        var updated = await Engine.UpdateAsync(task, task.Inputs.With("offset", 9));

        Assert.That(updated.Replaced, Is.False, "a live source ignores offset, so its change is only recorded");
        Assert.That(updated.State.Inputs.GetNumber("offset"), Is.EqualTo(9));
    }

    [Test]
    public async Task An_update_sends_the_whole_desired_task_so_drift_in_unchanged_settings_is_undone()
    {
        var task = await Engine.CreateAsync(Type, "drift", VodTask());
        await OutOfBand.Live.UpdateLivePullToPushAsync(new UpdateLivePullToPushRequest(task.Id, "cn-shanghai")
        {
            EndTime = DateTimeOffset.UtcNow.AddHours(5),
            RepeatNumber = 7,
        });

        var updated = await Engine.UpdateAsync(task, task.Inputs.With("callbackUrl", "https://hooks.example.com/x"));

        Assert.That(updated.Replaced, Is.False);
        var cloud = (await CloudTaskAsync())["TaskInfo"]!;
        Assert.That((string?)cloud["EndTime"], Is.EqualTo(task.Inputs.GetString("endTime")), "the unchanged end time was sent as desired");
        Assert.That((int?)cloud["RepeatNumber"], Is.Zero, "the unchanged repeat number was sent as desired");
        Assert.That((string?)cloud["CallbackURL"], Is.EqualTo("https://hooks.example.com/x"));
    }
}
