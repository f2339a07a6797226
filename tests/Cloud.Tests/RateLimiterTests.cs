using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>The client-side limiter keeps each (account, operation) under its documented quota.</summary>
public sealed class RateLimiterTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Allows_permits_per_window_and_delays_the_rest()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowRateLimiter(new RateLimit(3, TimeSpan.FromSeconds(1)), time);

        for (var i = 0; i < 3; i++)
        {
            Assert.That(limiter.WaitAsync(CancellationToken.None).IsCompletedSuccessfully, Is.True, $"permit {i + 1}");
        }

        var fourth = limiter.WaitAsync(CancellationToken.None);
        Assert.That(fourth.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.That(fourth.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(HangGuard);
    }

    [Test]
    public void The_window_slides()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowRateLimiter(new RateLimit(2, TimeSpan.FromSeconds(1)), time);

        Assert.That(limiter.TryAcquire(out _), Is.True);
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.That(limiter.TryAcquire(out _), Is.True);
        Assert.That(limiter.TryAcquire(out var wait), Is.False);
        Assert.That(wait, Is.EqualTo(TimeSpan.FromMilliseconds(400)));
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.That(limiter.TryAcquire(out _), Is.True);
        Assert.That(limiter.TryAcquire(out wait), Is.False);
        Assert.That(wait, Is.EqualTo(TimeSpan.FromMilliseconds(600)));
    }

    [Test]
    public async Task A_call_counts_from_its_completion_because_the_service_may_have_counted_it_then()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowRateLimiter(new RateLimit(1, TimeSpan.FromSeconds(1)), time);
        var granted = await limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(300)); // the answer took 300 ms: the service may have counted the call just before it

        limiter.Complete(granted);
        time.Advance(TimeSpan.FromMilliseconds(700));

        Assert.That(limiter.TryAcquire(out var wait), Is.False, "a second after the grant is not yet a second after the service counted it");
        Assert.That(wait, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
    }

    [Test]
    public async Task Waiting_honours_cancellation()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowRateLimiter(new RateLimit(1, TimeSpan.FromMinutes(1)), time);
        await limiter.WaitAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(cts.Token);
        await cts.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => waiting.WaitAsync(HangGuard));
        Assert.That(time.GetUtcNow(), Is.EqualTo(new FakeTimeProvider().GetUtcNow()), "no time had to pass");
    }

    [Test]
    public async Task Eleventh_pull_to_push_call_in_one_second_waits_for_the_window()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        using var client = TestClients.Create(handler, time);
        var task = new PullToPushTaskRequest("t", "cn-shanghai");

        for (var i = 0; i < 10; i++)
        {
            await client.Live.DescribeLivePullToPushAsync(task);
        }

        Assert.That(time.RequestedDelays, Is.Empty);
        await client.Live.DescribeLivePullToPushAsync(task);
        Assert.That(time.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }));

        // Each operation has its own quota.
        await client.Live.StopLivePullToPushAsync(task);
        Assert.That(time.RequestedDelays, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Limiters_are_shared_by_clients_of_the_same_account()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        var account = TestClients.UniqueCredentials();
        var task = new PullToPushTaskRequest("t", "cn-shanghai");
        using (var first = TestClients.Create(handler, time, credentials: account))
        {
            for (var i = 0; i < 10; i++)
            {
                await first.Live.DeleteLivePullToPushAsync(task);
            }
        }

        using var otherAccount = TestClients.Create(handler, time, credentials: TestClients.UniqueCredentials());
        await otherAccount.Live.DeleteLivePullToPushAsync(task);
        Assert.That(time.RequestedDelays, Is.Empty);

        using var second = TestClients.Create(handler, time, credentials: account);
        await second.Live.DeleteLivePullToPushAsync(task);
        Assert.That(time.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }));
    }

    [Test]
    public async Task ICE_has_no_client_side_limit_and_the_limiter_can_be_turned_off()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        using var client = TestClients.Create(handler, time);
        using var unlimited = TestClients.Create(handler, time, TestClients.Options() with { ClientRateLimit = false });

        for (var i = 0; i < 50; i++)
        {
            await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));
            await unlimited.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai"));
        }

        Assert.That(time.RequestedDelays, Is.Empty);
    }

    [Test]
    public void Quotas_match_the_documentation()
    {
        var perSecond10 = new RateLimit(10, TimeSpan.FromSeconds(1));
        var perMinute1000 = new RateLimit(1000, TimeSpan.FromMinutes(1));
        var perMinute6000 = new RateLimit(6000, TimeSpan.FromMinutes(1));
        var expected = new Dictionary<CloudOperation, RateLimit?>
        {
            [LiveOperations.CreateLivePullToPush] = perSecond10,
            [LiveOperations.DescribeLivePullToPush] = perSecond10,
            [LiveOperations.DescribeLivePullToPushList] = perSecond10,
            [LiveOperations.UpdateLivePullToPush] = perSecond10,
            [LiveOperations.DeleteLivePullToPush] = perSecond10,
            [LiveOperations.StopLivePullToPush] = perSecond10,
            [LiveOperations.RestartLivePullToPush] = perSecond10,
            [LiveOperations.AddLiveRecordVodConfig] = perMinute1000,
            [LiveOperations.UpdateLiveRecordVodConfig] = perMinute1000,
            [LiveOperations.DeleteLiveRecordVodConfig] = perMinute1000,
            [LiveOperations.DescribeLiveRecordVodConfigs] = perMinute1000, // the current API pages: 1,000 per minute
            [LiveOperations.CreateEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.GetEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.ListEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.UpdateEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.StartEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.StopEdgeTranscodeJob] = perMinute6000,
            [LiveOperations.DeleteEdgeTranscodeJob] = perMinute6000,
            [IceOperations.SubmitLiveTranscodeJob] = null,
            [IceOperations.ListLiveTranscodeJobs] = null,
        };

        foreach (var (operation, limit) in expected)
        {
            Assert.That(operation.Limit, Is.EqualTo(limit), operation.Action);
        }
    }

    [Test]
    public void Only_the_four_creates_are_non_idempotent()
    {
        var creates = typeof(LiveOperations).GetFields().Concat(typeof(IceOperations).GetFields())
            .Select(f => f.GetValue(null)).OfType<CloudOperation>()
            .Where(o => o.IsCreate).Select(o => o.Action);

        Assert.That(creates, Is.EquivalentTo(new[] { "SubmitLiveTranscodeJob", "CreateLivePullToPush", "AddLiveRecordVodConfig", "CreateEdgeTranscodeJob" }));
    }
}
