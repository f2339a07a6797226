namespace AlicloudLive.Emulator.Rpc;

/// <summary>A documented QPS limit: at most Calls per Window, per account and operation.</summary>
public sealed record RateLimit(int Calls, TimeSpan Window)
{
    public static RateLimit PerSecond(int calls) => new(calls, TimeSpan.FromSeconds(1));

    public static RateLimit PerMinute(int calls) => new(calls, TimeSpan.FromMinutes(1));
}
