using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>
/// A refresh reads every task at once: concurrent Reads in a region share DescribeLivePullToPushList pages instead of
/// one Describe each, and still see every change made before them. Tasks are made outside Pulumi (quickly, on an
/// unthrottled emulator) and imported; the call counts do not depend on throttling.
/// </summary>
public sealed class PullToPushTaskBatchedReadTests : PullToPushTaskFixture
{
    private AlibabaCloudClient? _unlimited;

    protected override string[] EmulatorArgs => ["--no-throttle"];

    private AlibabaCloudClient Unlimited => _unlimited ??= new AlibabaCloudClient(
        new AccessKeyCredentials("emulator", "emulator", null),
        new CloudClientOptions { LiveEndpoint = Emulator.BaseUrl, IceEndpoint = Emulator.BaseUrl, ClientRateLimit = false });

    [OneTimeTearDown]
    public void DisposeUnlimited() => _unlimited?.Dispose();

    [Test]
    public async Task Refreshing_120_tasks_at_once_costs_2_list_calls_and_no_describe()
    {
        var tasks = await ImportedAsync(120);
        var listCalls = await CallsOf("DescribeLivePullToPushList");
        var describeCalls = await CallsOf("DescribeLivePullToPush");

        var refreshed = await Task.WhenAll(tasks.Select(Engine.RefreshAsync));

        Assert.That(refreshed.Select(r => r?.Id), Is.EqualTo(tasks.Select(t => t.Id)), "every task found under its own id");
        Assert.That(refreshed.Select(r => r!.Outputs), Is.EqualTo(tasks.Select(t => t.Outputs)), "the same outputs Describe gave the import");
        Assert.That(await CallsOf("DescribeLivePullToPushList") - listCalls, Is.EqualTo(2), "120 tasks fill 2 pages of 100");
        Assert.That(await CallsOf("DescribeLivePullToPush") - describeCalls, Is.Zero);
    }

    [Test]
    public async Task A_task_changed_outside_pulumi_just_before_a_refresh_is_seen_changed()
    {
        var tasks = await ImportedAsync(3);
        var before = await Task.WhenAll(tasks.Select(Engine.RefreshAsync));
        Assert.That(before.Select(t => t!.Outputs.GetString("callbackUrl")), Is.All.Null);

        await Unlimited.Live.UpdateLivePullToPushAsync(new UpdateLivePullToPushRequest(tasks[1].Id, "cn-shanghai") { CallbackUrl = "https://hooks.example.com/changed" });
        var listCalls = await CallsOf("DescribeLivePullToPushList");
        var after = await Task.WhenAll(before.Select(t => Engine.RefreshAsync(t!)));

        Assert.That(after.Select(t => t!.Outputs.GetString("callbackUrl")), Is.EqualTo(new[] { null, "https://hooks.example.com/changed", null }));
        Assert.That(await CallsOf("DescribeLivePullToPushList") - listCalls, Is.EqualTo(1), "read from a new listing, not the earlier one");
    }

    [Test]
    public async Task In_a_shared_refresh_a_vanished_task_is_gone_and_a_restarted_one_is_followed_to_its_new_id()
    {
        var tasks = await ImportedAsync(4);
        await Emulator.AdvanceClockAsync(TimeSpan.FromHours(1.5));
        await Unlimited.Live.DeleteLivePullToPushAsync(new PullToPushTaskRequest(tasks[0].Id, "cn-shanghai"));
        var restartedId = (await Unlimited.Live.RestartLivePullToPushAsync(new PullToPushTaskRequest(tasks[1].Id, "cn-shanghai"))).TaskId;

        var refreshed = await Task.WhenAll(tasks.Select(Engine.RefreshAsync));

        Assert.That(refreshed[0], Is.Null, "deleted outside Pulumi: gone");
        Assert.That(refreshed[1]!.Id, Is.EqualTo(restartedId));
        Assert.That(refreshed.Skip(1).Select(t => t!.Output("status")), Is.All.EqualTo("Running"), "the listing shows the clock's state");
        Assert.That(refreshed[2]!.Id, Is.EqualTo(tasks[2].Id));
    }

    /// <summary>Tasks created outside Pulumi in cn-shanghai, then imported at once (imports share listings too).</summary>
    private async Task<ResourceState[]> ImportedAsync(int count)
    {
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var ids = await Task.WhenAll(Enumerable.Range(1, count).Select(async i =>
        {
            var request = new CreateLivePullToPushRequest(
                "cn-shanghai", start, start.AddHours(2), "live", ["rtmp://source.example.com/app/in"], $"rtmp://push.example.com/app/batched{i}")
            {
                SourceProtocol = "rtmp",
                TaskName = $"batched-{i}",
            };
            return (await Unlimited.Live.CreateLivePullToPushAsync(request)).TaskId;
        }));
        return await Task.WhenAll(ids.Select((id, i) => Engine.ImportAsync(Type, $"batched-{i + 1}", id)));
    }
}
