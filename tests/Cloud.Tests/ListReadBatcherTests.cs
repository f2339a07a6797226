using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Listing;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>
/// Concurrent reads share list pages, and an answer is never older than its read. The items are pull-to-push tasks (the
/// batcher is the same for every kind; the ICE and edge wiring is proven through the plugin in Lifecycle.Tests).
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListReadBatcherTests
{
    private const string Shanghai = "cn-shanghai";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private readonly List<(string Scope, int Page)> _listed = [];

    /// <summary>The scope's tasks as the next listing sees them (tests change them between rounds).</summary>
    private List<PullToPushTask> _cloud = [];

    /// <summary>When set, each list call waits for it (a listing in flight).</summary>
    private TaskCompletionSource? _gate;

    [Test]
    public async Task Reads_gathered_together_are_answered_from_ceil_n_over_100_pages()
    {
        _cloud = Tasks(250);
        var batcher = Batcher();

        var reads = _cloud.Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        await GatherAsync();
        var found = await Task.WhenAll(reads).WaitAsync(HangGuard);

        Assert.That(found.Select(t => t?.TaskId), Is.EqualTo(_cloud.Select(t => t.TaskId)));
        Assert.That(_listed.Select(r => r.Page), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(_listed.Select(r => r.Scope), Is.All.EqualTo(Shanghai));
    }

    [Test]
    public async Task A_lone_read_is_not_listed_because_describe_costs_the_same_call_and_is_certain()
    {
        _cloud = Tasks(5);
        var batcher = Batcher();

        var read = batcher.FindAsync(Shanghai, _cloud[0].TaskId, CancellationToken.None);
        await GatherAsync();

        Assert.That(await read.WaitAsync(HangGuard), Is.Null);
        Assert.That(_listed, Is.Empty);
    }

    [Test]
    public async Task A_read_that_arrives_while_a_round_is_listing_waits_for_the_next_listing()
    {
        _cloud = Tasks(3);
        var batcher = Batcher();
        var first = _cloud.Take(2).Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatherAsync();
        await WaitUntilAsync(() => Listed == 1);

        var late = batcher.FindAsync(Shanghai, _cloud[2].TaskId, CancellationToken.None);
        var lateAgain = batcher.FindAsync(Shanghai, _cloud[0].TaskId, CancellationToken.None);
        _cloud = _cloud.Select(t => t with { TaskStatus = PullToPushTaskStatus.Stopped }).ToList(); // changed after the listing was sent
        _gate.SetResult();
        await Task.WhenAll(first).WaitAsync(HangGuard);
        await GatherAsync();

        Assert.That(first.Select(r => r.Result!.TaskStatus), Is.All.EqualTo(PullToPushTaskStatus.NotStarted));
        Assert.That((await late.WaitAsync(HangGuard))!.TaskStatus, Is.EqualTo(PullToPushTaskStatus.Stopped), "answered by the later listing");
        Assert.That((await lateAgain.WaitAsync(HangGuard))!.TaskStatus, Is.EqualTo(PullToPushTaskStatus.Stopped));
        Assert.That(Listed, Is.EqualTo(2));
    }

    [Test]
    public async Task Paging_stops_once_describing_the_missing_tasks_costs_no_more_than_the_pages_left()
    {
        _cloud = Tasks(1000);
        var batcher = Batcher();
        var wanted = new[] { _cloud[5].TaskId, _cloud[950].TaskId, _cloud[990].TaskId, "gone" };

        var reads = wanted.Select(id => batcher.FindAsync(Shanghai, id, CancellationToken.None)).ToList();
        await GatherAsync();
        var found = await Task.WhenAll(reads).WaitAsync(HangGuard);

        Assert.That(found.Select(t => t?.TaskId), Is.EqualTo(new[] { _cloud[5].TaskId, null, null, null }), "the caller describes the rest");
        Assert.That(Listed, Is.EqualTo(1), "3 missing tasks cost 3 Describes; the 9 pages left would cost more");
    }

    [Test]
    public async Task A_later_round_reads_the_page_where_its_tasks_were_last_seen_first()
    {
        _cloud = Tasks(300);
        var batcher = Batcher();
        var first = _cloud.Skip(150).Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        await GatherAsync();
        await Task.WhenAll(first).WaitAsync(HangGuard);
        Assert.That(_listed.Select(r => r.Page), Is.EqualTo(new[] { 1, 2, 3 }), "walked from the first page");

        var second = new[] { _cloud[250], _cloud[260], _cloud[120] }.Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        await GatherAsync();
        var found = await Task.WhenAll(second).WaitAsync(HangGuard);

        Assert.That(_listed.Skip(3).Select(r => r.Page), Is.EqualTo(new[] { 3 }), "page 3 answers two of the three; the third is left to Describe");
        Assert.That(found.Select(t => t?.TaskId), Is.EqualTo(new[] { _cloud[250].TaskId, _cloud[260].TaskId, null }));
    }

    [Test]
    public async Task A_failed_listing_and_items_without_describe_fields_leave_the_reads_to_describe()
    {
        _cloud = Tasks(3);
        _cloud[1] = _cloud[1] with { TaskStatus = null };
        var batcher = Batcher();
        var reads = _cloud.Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        await GatherAsync();
        var found = await Task.WhenAll(reads).WaitAsync(HangGuard);
        Assert.That(found.Select(t => t is null), Is.EqualTo(new[] { false, true, false }), "a list item without TaskStatus is no Describe");

        _cloud = [];
        var failing = Batcher((_, _, _) => throw new AlibabaCloudException("DescribeLivePullToPushList", 500, "InternalError", "boom", null, CloudErrorKind.RetryableServer, false));
        var afterFailure = Tasks(2).Select(t => failing.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        await GatherAsync();
        Assert.That(await Task.WhenAll(afterFailure).WaitAsync(HangGuard), Is.All.Null);
    }

    [Test]
    public async Task Regions_are_listed_separately_and_a_cancelled_read_stops_waiting()
    {
        _cloud = Tasks(2);
        var batcher = Batcher();
        using var cancel = new CancellationTokenSource();
        var shanghai = _cloud.Select(t => batcher.FindAsync(Shanghai, t.TaskId, CancellationToken.None)).ToList();
        var beijing = _cloud.Select(t => batcher.FindAsync("cn-beijing", t.TaskId, cancel.Token)).ToList();

        await cancel.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(() => Task.WhenAll(beijing).WaitAsync(HangGuard));
        await GatherAsync(timers: 2);
        await Task.WhenAll(shanghai).WaitAsync(HangGuard);

        Assert.That(_listed.Select(r => r.Scope), Is.EqualTo(new[] { Shanghai }), "nobody waits for the cn-beijing listing any more");
    }

    private int Listed
    {
        get
        {
            lock (_listed)
            {
                return _listed.Count;
            }
        }
    }

    private ListReadBatcher<PullToPushTask> Batcher(Func<string, int, CancellationToken, Task<ListedPage<PullToPushTask>>>? readPage = null) =>
        new(readPage ?? ListAsync, t => t.TaskId, t => t.CarriesDescribeFields, _time);

    private async Task<ListedPage<PullToPushTask>> ListAsync(string scope, int page, CancellationToken ct)
    {
        lock (_listed)
        {
            _listed.Add((scope, page));
        }

        var snapshot = _cloud; // the cloud serves the call at once; the gate holds only its answer back
        if (_gate is { } gate)
        {
            await gate.Task.WaitAsync(ct);
        }

        return new(snapshot.Count, snapshot.Skip((page - 1) * 100).Take(100).ToList());
    }

    /// <summary>Lets the gathering window pass once every pending read has joined (its timer is armed).</summary>
    private async Task GatherAsync(int timers = 1)
    {
        await _time.WaitForTimersAsync(timers);
        _time.Advance(ListReadBatcher<PullToPushTask>.MaxGather);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "hang guard");
            await Task.Delay(5);
        }
    }

    private static List<PullToPushTask> Tasks(int count) => Enumerable.Range(1, count).Select(i =>
    {
        var id = $"task-{i:D4}";
        var start = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
        var info = new PullToPushTaskInfo(id, id, "live", "rtmp", ["rtmp://source.example.com/app/in"], $"rtmp://push.example.com/app/{id}", start, start.AddHours(2), null, null, 3, 60, null, null);
        return new PullToPushTask(id, PullToPushTaskStatus.NotStarted, "", "", null, 0, 0, info);
    }).ToList();
}
