namespace AlicloudLive.Cloud;

/// <summary>
/// The outcome of credential lookup. Credentials null means no source had any; Source says where they came from
/// (never the secret); ProfileRegion is the profile's region_id when a profile supplied them.
/// </summary>
public sealed record CredentialResolution(AccessKeyCredentials? Credentials, string Source, string? ProfileRegion);
