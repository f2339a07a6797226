namespace AlicloudLive.Cloud.Signing;

/// <summary>
/// Everything the V3 signature covers: method, the (unencoded) query parameters, the headers and the body hash.
/// The path is always "/" for RPC-style APIs.
/// </summary>
public sealed record SignableRequest(
    string Method,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyDictionary<string, string> Headers,
    string HashedPayload);
