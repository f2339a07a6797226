using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// Provider configuration resolved into client settings. Precedence (docs/design.md §4): explicit config →
/// environment → profile file; region: config → ALICLOUD_REGION → the profile's region → cn-shanghai.
/// ALICLOUD_LIVE_CLIENT_RATE_LIMIT=off switches the client's own rate limiter off: for benchmarks only (the baseline
/// that shows what the limiter saves), never for real accounts, where the service then throttles.
/// </summary>
internal sealed record ClientSettings(AccessKeyCredentials Credentials, CloudClientOptions Options, string CredentialSource)
{
    public const string RateLimitVariable = "ALICLOUD_LIVE_CLIENT_RATE_LIMIT";

    public static ClientSettings From(PropertyMap config, ProviderEnvironment environment)
    {
        string? Get(string key) => config.GetString(key) is { Length: > 0 } s ? s : null;

        CredentialResolution resolution;
        try
        {
            resolution = CredentialResolver.Resolve(
                new CredentialSettings(Get(ProviderConfig.AccessKey), Get(ProviderConfig.SecretKey), Get(ProviderConfig.SecurityToken), Get(ProviderConfig.Profile), Get(ProviderConfig.SharedCredentialsFile)),
                environment.Variables,
                environment.HomeDirectory);
        }
        catch (CredentialException e)
        {
            throw ProviderException.InvalidArgument(e.Message, e);
        }

        var credentials = resolution.Credentials ?? throw new MissingConfigurationException(
        [
            new MissingConfigKey($"{AlicloudLiveProvider.PackageName}:{ProviderConfig.AccessKey}", "The AccessKey ID: set it with `pulumi config set alicloud-live:accessKey <id>` or the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID (or ALICLOUD_ACCESS_KEY), or use a profile in ~/.aliyun/config.json."),
            new MissingConfigKey($"{AlicloudLiveProvider.PackageName}:{ProviderConfig.SecretKey}", "The AccessKey secret: set it with `pulumi config set --secret alicloud-live:secretKey <secret>` or the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET (or ALICLOUD_SECRET_KEY), or use a profile in ~/.aliyun/config.json."),
        ]);

        var region = Get(ProviderConfig.Region) ?? environment.Get("ALICLOUD_REGION") ?? resolution.ProfileRegion ?? "cn-shanghai";
        var options = new CloudClientOptions
        {
            Region = region,
            LiveEndpoint = Get(ProviderConfig.LiveEndpoint) ?? environment.Get("ALICLOUD_LIVE_ENDPOINT"),
            IceEndpoint = Get(ProviderConfig.IceEndpoint) ?? environment.Get("ALICLOUD_ICE_ENDPOINT"),
            MaxRetries = (int)(config.GetNumber(ProviderConfig.MaxRetries) ?? 5),
            RequestTimeout = TimeSpan.FromSeconds(config.GetNumber(ProviderConfig.RequestTimeoutSeconds) ?? 60),
            ClientRateLimit = ClientRateLimit(environment.Get(RateLimitVariable)),
        };
        try
        {
            options.ResolveLiveEndpoint();
            options.ResolveIceEndpoint();
        }
        catch (ArgumentException e)
        {
            throw ProviderException.InvalidArgument($"alicloud-live:{e.ParamName ?? "endpoint"}: {e.Message}", e);
        }

        return new ClientSettings(credentials, options, resolution.Source);
    }

    private static bool ClientRateLimit(string? value) => value?.ToLowerInvariant() switch
    {
        null or "on" => true,
        "off" => false,
        _ => throw ProviderException.InvalidArgument($"{RateLimitVariable} must be on or off (off is for benchmarks only), not \"{value}\""),
    };
}
