using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AlicloudLive.Cloud.Http;

/// <summary>
/// One limiter per (AccessKeyId, operation), shared by every client in the process that uses the same clock: a
/// provider configured twice (or explicit provider instances) still stays under the account's quota.
/// </summary>
internal sealed class RateLimiterRegistry
{
    private static readonly ConditionalWeakTable<TimeProvider, RateLimiterRegistry> PerClock = [];

    private readonly ConcurrentDictionary<(string AccessKeyId, string Action), SlidingWindowRateLimiter> _limiters = new();
    private readonly TimeProvider _time;

    private RateLimiterRegistry(TimeProvider time) => _time = time;

    /// <summary>The process-wide registry for a clock (TimeProvider.System in production).</summary>
    public static RateLimiterRegistry For(TimeProvider time) => PerClock.GetValue(time, t => new RateLimiterRegistry(t));

    public SlidingWindowRateLimiter Get(string accessKeyId, string action, RateLimit limit) =>
        _limiters.GetOrAdd((accessKeyId, action), _ => new SlidingWindowRateLimiter(limit, _time));
}
