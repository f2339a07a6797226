namespace AlicloudLive.Cloud.Http;

/// <summary>Exponential backoff with full jitter: a uniform delay below min(max, base · 2^(retry−1)).</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int retry, TimeSpan baseDelay, TimeSpan maxDelay, double random, TimeSpan? serverHint)
    {
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1)));
        var jittered = TimeSpan.FromMilliseconds(Math.Clamp(random, 0, 1) * ceiling);

        // The service knows when its window reopens: never come back before it says so.
        return serverHint is { } hint && hint > jittered ? hint : jittered;
    }
}
