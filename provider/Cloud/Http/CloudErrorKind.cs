namespace AlicloudLive.Cloud;

/// <summary>How a failed call should be treated.</summary>
public enum CloudErrorKind
{
    /// <summary>The service rejected the request for exceeding a rate limit; nothing was applied.</summary>
    Throttling,

    /// <summary>HTTP 5xx: the service failed; retrying may succeed.</summary>
    RetryableServer,

    /// <summary>The connection failed or broke.</summary>
    Network,

    /// <summary>An attempt exceeded the request timeout.</summary>
    Timeout,

    /// <summary>The request itself was wrong or not allowed (4xx, or a RetCode failure); retrying will not help.</summary>
    Client,
}
