using AlicloudLive.Cloud;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// The settings as configured: the credentials found (or none) and where, the client options with the region and
/// endpoint overrides (retries, timeouts and rate limits at their defaults), and for each endpoint override the
/// config key or environment variable that set it.
/// </summary>
internal sealed record ResolvedSettings(CredentialResolution Credentials, CloudClientOptions Options, string? LiveEndpointSource, string? IceEndpointSource);
