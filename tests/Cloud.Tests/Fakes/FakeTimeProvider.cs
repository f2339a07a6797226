namespace AlicloudLive.Cloud.Tests.Fakes;

/// <summary>
/// A controllable clock. Manual mode: time moves only on Advance. Auto-advance mode: every timer that is created
/// jumps the clock to its due time and fires, so backoff and rate-limit waits finish instantly and are recorded.
/// </summary>
internal sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly List<TimeSpan> _requestedDelays = [];
    private DateTimeOffset _now;

    public FakeTimeProvider(DateTimeOffset? start = null, bool autoAdvance = false)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        AutoAdvance = autoAdvance;
    }

    public bool AutoAdvance { get; }

    /// <summary>Every finite delay a timer was armed with, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_gate)
            {
                return _requestedDelays.ToList();
            }
        }
    }

    public int ActiveTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and fires every timer that falls due, earliest first.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value;
                next.DueAt = null;
            }

            next.Fire();
        }
    }

    /// <summary>Waits (real time, with a hang guard) until at least <paramref name="count"/> timers are armed.</summary>
    public async Task WaitForTimersAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ActiveTimerCount < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} armed timer(s), have {ActiveTimerCount}");
            }

            await Task.Delay(5);
        }
    }

    private void Arm(FakeTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            if (timer.DueAt is null)
            {
                return;
            }

            _requestedDelays.Add(dueTime);
        }

        if (AutoAdvance)
        {
            ThreadPool.QueueUserWorkItem(_ => FireAutomatically(timer));
        }
    }

    private void FireAutomatically(FakeTimer timer)
    {
        lock (_gate)
        {
            if (timer.DueAt is not { } due)
            {
                return;
            }

            if (due > _now)
            {
                _now = due;
            }

            timer.DueAt = null;
        }

        timer.Fire();
    }

    private void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            timer.DueAt = null;
            _timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Arm(this, dueTime);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
