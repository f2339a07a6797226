namespace AlicloudLive.Cloud.Http;

/// <summary>
/// Grants at most Permits acquisitions in any Window-long interval (a sliding log of grant times), so a burst never
/// exceeds what the service counts in its own window. Waiters sleep on the TimeProvider and honour cancellation.
/// </summary>
internal sealed class SlidingWindowRateLimiter
{
    private readonly RateLimit _limit;
    private readonly TimeProvider _time;
    private readonly Queue<DateTimeOffset> _grants = new();

    public SlidingWindowRateLimiter(RateLimit limit, TimeProvider time)
    {
        _limit = limit;
        _time = time;
    }

    public RateLimit Limit => _limit;

    /// <summary>Waits until a call may be made and records it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(out var wait))
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a permit now, or says how long until the oldest grant leaves the window.</summary>
    public bool TryAcquire(out TimeSpan wait)
    {
        lock (_grants)
        {
            var now = _time.GetUtcNow();
            while (_grants.Count > 0 && _grants.Peek() + _limit.Window <= now)
            {
                _grants.Dequeue();
            }

            if (_grants.Count < _limit.Permits)
            {
                _grants.Enqueue(now);
                wait = TimeSpan.Zero;
                return true;
            }

            wait = _grants.Peek() + _limit.Window - now;
            return false;
        }
    }
}
