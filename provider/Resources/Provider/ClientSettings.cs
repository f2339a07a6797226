using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// Provider configuration resolved into client settings: the one place that knows the precedence, the defaults and
/// the environment variable names (docs/design.md, "Provider configuration"). Precedence: explicit config →
/// environment → profile file; region: config → ALICLOUD_REGION → the profile's region → cn-shanghai.
/// Configure uses <see cref="From"/>; `doctor` uses <see cref="Resolve"/> and reports each problem in its own words.
/// ALICLOUD_LIVE_CLIENT_RATE_LIMIT=off switches the client's own rate limiter off: for benchmarks only (the baseline
/// that shows what the limiter saves), never for real accounts, where the service then throttles.
/// </summary>
internal sealed record ClientSettings(AccessKeyCredentials Credentials, CloudClientOptions Options, string CredentialSource)
{
    public const string RateLimitVariable = "ALICLOUD_LIVE_CLIENT_RATE_LIMIT";

    public static ClientSettings From(PropertyMap config, ProviderEnvironment environment)
    {
        ResolvedSettings resolved;
        try
        {
            resolved = Resolve(config, environment);
        }
        catch (CredentialException e)
        {
            throw ProviderException.InvalidArgument(e.Message, e);
        }

        var credentials = resolved.Credentials.Credentials ?? throw new MissingConfigurationException(
        [
            new MissingConfigKey($"{AlicloudLiveProvider.PackageName}:{ProviderConfig.AccessKey}", $"The AccessKey ID: set it with `pulumi config set alicloud-live:accessKey <id>` or the environment variable {EnvironmentNames.AccessKeyId} (or {EnvironmentNames.LegacyAccessKey}), or use a profile in ~/.aliyun/config.json."),
            new MissingConfigKey($"{AlicloudLiveProvider.PackageName}:{ProviderConfig.SecretKey}", $"The AccessKey secret: set it with `pulumi config set --secret alicloud-live:secretKey <secret>` or the environment variable {EnvironmentNames.AccessKeySecret} (or {EnvironmentNames.LegacySecretKey}), or use a profile in ~/.aliyun/config.json."),
        ]);

        var options = resolved.Options with
        {
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

        return new ClientSettings(credentials, options, resolved.Credentials.Source);
    }

    /// <summary>
    /// Where the credentials, region and endpoints come from, unchecked: endpoints are not validated, missing
    /// credentials are not an error, and a CredentialException (an unusable source) is thrown as it is.
    /// </summary>
    public static ResolvedSettings Resolve(PropertyMap config, ProviderEnvironment environment)
    {
        string? Get(string key) => config.GetString(key) is { Length: > 0 } s ? s : null;
        Setting Lookup(string key, string variable) =>
            Get(key) is { } configured ? new(configured, key) : environment.Get(variable) is { } value ? new(value, variable) : default;

        var credentials = CredentialResolver.Resolve(
            new CredentialSettings(Get(ProviderConfig.AccessKey), Get(ProviderConfig.SecretKey), Get(ProviderConfig.SecurityToken), Get(ProviderConfig.Profile), Get(ProviderConfig.SharedCredentialsFile)),
            environment.Variables,
            environment.HomeDirectory);
        var live = Lookup(ProviderConfig.LiveEndpoint, EnvironmentNames.LiveEndpoint);
        var ice = Lookup(ProviderConfig.IceEndpoint, EnvironmentNames.IceEndpoint);
        var options = new CloudClientOptions
        {
            Region = Lookup(ProviderConfig.Region, EnvironmentNames.Region).Value ?? credentials.ProfileRegion ?? CloudClientOptions.DefaultRegion,
            LiveEndpoint = live.Value,
            IceEndpoint = ice.Value,
        };
        return new ResolvedSettings(credentials, options, live.Source, ice.Source);
    }

    private static bool ClientRateLimit(string? value) => value?.ToLowerInvariant() switch
    {
        null or "on" => true,
        "off" => false,
        _ => throw ProviderException.InvalidArgument($"{RateLimitVariable} must be on or off (off is for benchmarks only), not \"{value}\""),
    };

    /// <summary>A setting's value and its source: the config key or the environment variable (both null when unset).</summary>
    private readonly record struct Setting(string? Value, string? Source);
}
