namespace AlicloudLive.Cloud;

/// <summary>
/// Finds credentials in the documented order: explicit provider configuration, then environment variables
/// (ALIBABA_CLOUD_* before the older ALICLOUD_*), then a profile in the CLI config file.
/// </summary>
public static class CredentialResolver
{
    public const string ExplicitSource = "provider configuration";

    public static CredentialResolution Resolve(
        CredentialSettings explicitSettings, IReadOnlyDictionary<string, string> environment, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(explicitSettings);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(homeDirectory);

        return FromPair(
                   explicitSettings.AccessKey, "alicloud-live:accessKey",
                   explicitSettings.SecretKey, "alicloud-live:secretKey",
                   explicitSettings.SecurityToken, ExplicitSource)
               ?? FromEnvironment(environment, EnvironmentNames.AccessKeyId, EnvironmentNames.AccessKeySecret, EnvironmentNames.SecurityToken)
               ?? FromEnvironment(environment, EnvironmentNames.LegacyAccessKey, EnvironmentNames.LegacySecretKey, EnvironmentNames.LegacySecurityToken)
               ?? FromProfile(explicitSettings, environment, homeDirectory)
               ?? new CredentialResolution(null, "none", null);
    }

    private static CredentialResolution? FromEnvironment(
        IReadOnlyDictionary<string, string> environment, string idName, string secretName, string tokenName) =>
        FromPair(
            Get(environment, idName), idName,
            Get(environment, secretName), secretName,
            Get(environment, tokenName), $"environment variables {idName}/{secretName}" + (Get(environment, tokenName) is null ? "" : "/" + tokenName));

    private static CredentialResolution? FromPair(
        string? keyId, string keyIdName, string? secret, string secretName, string? token, string source)
    {
        keyId = NonEmpty(keyId);
        secret = NonEmpty(secret);
        if (keyId is null && secret is null)
        {
            return null;
        }

        if (keyId is null || secret is null)
        {
            var (present, missing) = keyId is null ? (secretName, keyIdName) : (keyIdName, secretName);
            throw new CredentialException($"{present} is set but {missing} is missing; set both or neither.");
        }

        return new CredentialResolution(new AccessKeyCredentials(keyId, secret, NonEmpty(token)), source, null);
    }

    private static CredentialResolution? FromProfile(
        CredentialSettings settings, IReadOnlyDictionary<string, string> environment, string homeDirectory)
    {
        var profile = NonEmpty(settings.Profile)
                      ?? Get(environment, EnvironmentNames.Profile)
                      ?? Get(environment, EnvironmentNames.LegacyProfile);
        var configuredFile = NonEmpty(settings.SharedCredentialsFile) ?? Get(environment, EnvironmentNames.ConfigFile);
        var path = ExpandHome(configuredFile ?? Path.Combine(homeDirectory, ".aliyun", "config.json"), homeDirectory);
        if (!File.Exists(path))
        {
            if (configuredFile is not null)
            {
                throw new CredentialException($"The credentials file {path} does not exist.");
            }

            return profile is null
                ? null
                : throw new CredentialException($"Profile '{profile}' was requested but {path} does not exist.");
        }

        return ProfileFile.Load(path, profile);
    }

    private static string ExpandHome(string path, string homeDirectory) =>
        path == "~" ? homeDirectory
        : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(homeDirectory, path[2..])
        : path;

    private static string? Get(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) ? NonEmpty(value) : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
