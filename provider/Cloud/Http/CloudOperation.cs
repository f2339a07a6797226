namespace AlicloudLive.Cloud.Http;

/// <summary>
/// One API action and how to call it: product version, HTTP method, whether it creates something (never blindly
/// retried), its documented quota, and whether the body carries a RetCode that must be 0.
/// </summary>
internal sealed record CloudOperation(
    string Action,
    string Version,
    HttpMethod Method,
    bool IsCreate = false,
    RateLimit? Limit = null,
    bool ChecksRetCode = false);
