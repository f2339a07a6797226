using AlicloudLive.Resources.Provider;
using AlicloudLive.Values;

namespace AlicloudLive.Plugin;

/// <summary>
/// What doctor hands to the provider's settings resolution in place of the engine's config: the stack's plain
/// alicloud-live:* values, for each secure value what the environment supplies for it (doctor cannot decrypt it, and
/// a key id in the stack must still pair with a secret from the environment), and the flags over both. Each key
/// remembers where it came from, so the output can name the flag or the stack file.
/// </summary>
internal sealed record DoctorConfig(PropertyMap Values, IReadOnlyDictionary<string, string> Origins)
{
    public static DoctorConfig From(DoctorArguments flags, StackConfig? stack, ProviderEnvironment environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string key, string? value, string origin)
        {
            if (value is { Length: > 0 })
            {
                values[key] = value;
                origins[key] = origin;
            }
        }

        if (stack is not null)
        {
            foreach (var (key, value) in stack.Values)
            {
                Set(key, value, $"alicloud-live:{key} in {stack.FileName}");
            }

            foreach (var key in stack.SecureKeys)
            {
                Set(key, ProviderConfig.EnvironmentDefaults(key).Select(environment.Get).FirstOrDefault(v => v is not null), $"alicloud-live:{key} in {stack.FileName}");
            }
        }

        Set(ProviderConfig.Region, flags.Region, "--region");
        Set(ProviderConfig.LiveEndpoint, flags.LiveEndpoint, "--live-endpoint");
        Set(ProviderConfig.IceEndpoint, flags.IceEndpoint, "--ice-endpoint");
        Set(ProviderConfig.Profile, flags.Profile, "--profile");
        return new DoctorConfig(PropertyMap.Of(values.Select(v => KeyValuePair.Create(v.Key, PropertyValue.From(v.Value)))), origins);
    }

    /// <summary>Where a setting came from: the flag or stack file for a config key, else the environment variable itself.</summary>
    public string Origin(string source) => Origins.GetValueOrDefault(source, source);
}
