using AlicloudLive.Cloud;
using AlicloudLive.Framework.Schema;

namespace AlicloudLive.Resources.Provider;

/// <summary>The provider's configuration keys (<c>alicloud-live:&lt;key&gt;</c>), docs/design.md §4.</summary>
internal static class ProviderConfig
{
    public const string AccessKey = "accessKey";
    public const string SecretKey = "secretKey";
    public const string SecurityToken = "securityToken";
    public const string Region = "region";
    public const string Profile = "profile";
    public const string SharedCredentialsFile = "sharedCredentialsFile";
    public const string LiveEndpoint = "liveEndpoint";
    public const string IceEndpoint = "iceEndpoint";
    public const string MaxRetries = "maxRetries";
    public const string RequestTimeoutSeconds = "requestTimeoutSeconds";

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new(AccessKey, TypeRef.String, "The AccessKey ID. Falls back to ALIBABA_CLOUD_ACCESS_KEY_ID, ALICLOUD_ACCESS_KEY, then the profile file.")
        {
            Secret = true,
            EnvironmentDefaults = [EnvironmentNames.AccessKeyId, EnvironmentNames.LegacyAccessKey],
        },
        new(SecretKey, TypeRef.String, "The AccessKey secret. Falls back to ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_SECRET_KEY, then the profile file.")
        {
            Secret = true,
            EnvironmentDefaults = [EnvironmentNames.AccessKeySecret, EnvironmentNames.LegacySecretKey],
        },
        new(SecurityToken, TypeRef.String, "An STS security token, for temporary credentials. Falls back to ALIBABA_CLOUD_SECURITY_TOKEN, ALICLOUD_SECURITY_TOKEN.")
        {
            Secret = true,
            EnvironmentDefaults = [EnvironmentNames.SecurityToken, EnvironmentNames.LegacySecurityToken],
        },
        new(Region, TypeRef.String, "The region whose endpoints the provider calls. Falls back to ALICLOUD_REGION, the profile's region, then cn-shanghai.")
        {
            // No schema default: an SDK would send it explicitly and hide the profile's region.
            EnvironmentDefaults = [EnvironmentNames.Region],
            Validators = [KnownRegion.Validator],
        },
        new(Profile, TypeRef.String, "The profile to read from the shared credentials file (modes AK and StsToken). Falls back to ALIBABA_CLOUD_PROFILE, ALICLOUD_PROFILE, then the file's current profile.")
        {
            EnvironmentDefaults = [EnvironmentNames.Profile, EnvironmentNames.LegacyProfile],
        },
        new(SharedCredentialsFile, TypeRef.String, "The Alibaba Cloud CLI config file. Defaults to ~/.aliyun/config.json.")
        {
            EnvironmentDefaults = [EnvironmentNames.ConfigFile],
        },
        new(LiveEndpoint, TypeRef.String, "Overrides the Live API endpoint: a host (HTTPS) or a URL such as http://127.0.0.1:43125 (HTTP only to loopback, e.g. the emulator).")
        {
            EnvironmentDefaults = [EnvironmentNames.LiveEndpoint],
        },
        new(IceEndpoint, TypeRef.String, "Overrides the ICE API endpoint: a host (HTTPS) or a URL such as http://127.0.0.1:43125 (HTTP only to loopback, e.g. the emulator).")
        {
            EnvironmentDefaults = [EnvironmentNames.IceEndpoint],
        },
        new(MaxRetries, TypeRef.Integer, "How many times a throttled, failed (5xx) or dropped call is retried with backoff. Defaults to 5.")
        {
            Validators = [Validate.Range(0, 20)],
        },
        new(RequestTimeoutSeconds, TypeRef.Integer, "The time limit of one HTTP attempt, in seconds. Defaults to 60.")
        {
            Validators = [Validate.Range(1, 3600)],
        },
    ];

    /// <summary>The environment variables a key falls back to, in order (none for a key without any).</summary>
    public static IReadOnlyList<string> EnvironmentDefaults(string key) =>
        Properties.FirstOrDefault(p => p.Name == key)?.EnvironmentDefaults ?? [];
}
