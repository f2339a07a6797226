namespace AlicloudLive.Cloud.Http;

/// <summary>A documented quota: at most <see cref="Permits"/> calls in any <see cref="Window"/>.</summary>
internal sealed record RateLimit(int Permits, TimeSpan Window)
{
    public static RateLimit PerSecond(int permits) => new(permits, TimeSpan.FromSeconds(1));

    public static RateLimit PerMinute(int permits) => new(permits, TimeSpan.FromMinutes(1));
}
