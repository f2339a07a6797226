namespace AlicloudLive.Cloud.Http;

/// <summary>
/// Grants at most Permits acquisitions in any Window-long interval (a sliding log of grant times), so a burst never
/// exceeds what the service counts in its own window. Waiters sleep on the TimeProvider and honour cancellation.
/// The service counts a call when it arrives, at some moment before its answer: a completed call is logged again at
/// its completion (<see cref="Complete"/>), so varying latency cannot put more than Permits calls in its window.
/// </summary>
internal sealed class SlidingWindowRateLimiter
{
    private readonly RateLimit _limit;
    private readonly TimeProvider _time;
    private readonly List<DateTimeOffset> _grants = [];

    public SlidingWindowRateLimiter(RateLimit limit, TimeProvider time)
    {
        _limit = limit;
        _time = time;
    }

    public RateLimit Limit => _limit;

    /// <summary>Waits until a call may be made and records it; returns the grant time to pass to <see cref="Complete"/>.</summary>
    public async Task<DateTimeOffset> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(out var wait, out var granted))
            {
                return granted;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a permit now, or says how long until the oldest grant leaves the window.</summary>
    public bool TryAcquire(out TimeSpan wait) => TryAcquire(out wait, out _);

    /// <summary>The call granted at <paramref name="grantedAt"/> has its answer: its permit now counts from this moment.</summary>
    public void Complete(DateTimeOffset grantedAt)
    {
        lock (_grants)
        {
            _grants.Remove(grantedAt);
            _grants.Add(_time.GetUtcNow()); // every logged time is in the past, so the log stays sorted
        }
    }

    private bool TryAcquire(out TimeSpan wait, out DateTimeOffset granted)
    {
        lock (_grants)
        {
            var now = _time.GetUtcNow();
            var live = _grants.FindIndex(g => g + _limit.Window > now);
            _grants.RemoveRange(0, live < 0 ? _grants.Count : live);
            granted = now;

            if (_grants.Count < _limit.Permits)
            {
                _grants.Add(granted);
                wait = TimeSpan.Zero;
                return true;
            }

            wait = _grants[0] + _limit.Window - now;
            return false;
        }
    }
}
