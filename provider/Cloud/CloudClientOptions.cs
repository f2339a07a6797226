namespace AlicloudLive.Cloud;

/// <summary>Where and how the client talks to Alibaba Cloud.</summary>
public sealed record CloudClientOptions
{
    /// <summary>The region when neither config, the environment nor a profile names one.</summary>
    public const string DefaultRegion = "cn-shanghai";

    public string Region { get; init; } = DefaultRegion;

    /// <summary>Override for the Live endpoint: a host (https) or a URL; http only to loopback.</summary>
    public string? LiveEndpoint { get; init; }

    /// <summary>Override for the ICE endpoint: a host (https) or a URL; http only to loopback.</summary>
    public string? IceEndpoint { get; init; }

    /// <summary>How many times a failed attempt may be repeated (0 = never retry).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Time limit for one HTTP attempt; the caller's token bounds the whole call including retries.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First backoff ceiling; doubled for every further retry (full jitter picks a delay below it).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound for any single backoff ceiling.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Client-side rate limiting at the documented per-account QPS. Disable only against an unthrottled emulator.</summary>
    public bool ClientRateLimit { get; init; } = true;

    /// <summary>The Live endpoint in effect (ArgumentException naming liveEndpoint or region when that is invalid).</summary>
    public Uri ResolveLiveEndpoint() => ChooseLiveEndpoint().Endpoint;

    /// <summary>The ICE endpoint in effect (ArgumentException naming iceEndpoint or region when that is invalid).</summary>
    public Uri ResolveIceEndpoint() => ChooseIceEndpoint().Endpoint;

    /// <summary>The Live endpoint and why: override, the SDK's map, or the regional pattern.</summary>
    public EndpointChoice ChooseLiveEndpoint() => CloudEndpoints.Choose(LiveEndpoint, "liveEndpoint", "live", CloudEndpoints.LiveMap, Region);

    /// <summary>The ICE endpoint and why: override, the SDK's map, or the regional pattern.</summary>
    public EndpointChoice ChooseIceEndpoint() => CloudEndpoints.Choose(IceEndpoint, "iceEndpoint", "ice", CloudEndpoints.IceMap, Region);
}
