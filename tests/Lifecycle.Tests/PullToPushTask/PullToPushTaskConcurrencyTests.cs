namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>Many tasks created at once stay under the documented 10 calls per second of the throttling emulator.</summary>
public sealed class PullToPushTaskConcurrencyTests : PullToPushTaskFixture
{
    private const int Tasks = 30;

    [Test]
    public async Task Thirty_concurrent_creates_all_succeed_without_a_single_throttled_call()
    {
        var created = await Task.WhenAll(Enumerable.Range(1, Tasks).Select(i =>
            Engine.CreateAsync(Type, $"task{i}", LiveTask($"rtmp://push.example.com/app/stream{i}"))));

        Assert.That(created.Select(t => t.Id).Distinct().Count(), Is.EqualTo(Tasks));
        Assert.That(await CloudTasksAsync(), Has.Count.EqualTo(Tasks));
        var calls = await Emulator.CallsAsync();
        Assert.That((int?)calls["CreateLivePullToPush"]!["calls"], Is.EqualTo(Tasks), "each task created once");
        foreach (var (action, counters) in calls)
        {
            Assert.That((int?)counters!["throttled"], Is.Zero, $"{action} was throttled: the client's limiter must keep every operation under 10/s");
        }
    }
}
