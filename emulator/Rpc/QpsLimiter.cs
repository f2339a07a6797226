namespace AlicloudLive.Emulator.Rpc;

/// <summary>Sliding-window call limiter per account and operation, over real time.</summary>
public sealed class QpsLimiter
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public QpsLimiter(TimeProvider time) => _time = time;

    /// <summary>Admits the call when fewer than the limit were admitted in the last window.</summary>
    public bool TryAcquire(string account, string action, RateLimit limit)
    {
        var now = _time.GetUtcNow();
        lock (_windows)
        {
            var key = account + "\n" + action;
            if (!_windows.TryGetValue(key, out var admitted))
            {
                _windows[key] = admitted = new Queue<DateTimeOffset>();
            }

            while (admitted.Count > 0 && now - admitted.Peek() >= limit.Window)
            {
                admitted.Dequeue();
            }

            if (admitted.Count >= limit.Calls)
            {
                return false;
            }

            admitted.Enqueue(now);
            return true;
        }
    }

    public void Clear()
    {
        lock (_windows)
        {
            _windows.Clear();
        }
    }
}
