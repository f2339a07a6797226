using System.Text.Json.Nodes;
using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Resources.Provider;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.ProviderConfiguration;

/// <summary>
/// A provider environment the test controls: environment variables, a temporary home folder (with an optional
/// ~/.aliyun/config.json) and a network stand-in that shows which credentials a configured client signs with.
/// </summary>
internal sealed class ConfigFixture : IDisposable
{
    public ConfigFixture() => Directory.CreateDirectory(Home);

    public string Home { get; } = Path.Combine(Path.GetTempPath(), "alicloud-live-config-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public CapturingHandler Network { get; } = new();

    public static PropertyMap Config(params (string Key, string Value)[] entries) =>
        PropertyMap.Of(entries.Select(e => KeyValuePair.Create(e.Key, PropertyValue.From(e.Value))));

    /// <summary>Writes ~/.aliyun/config.json; each profile is (name, mode, key id, secret, extra fields).</summary>
    public void WriteProfiles(string? current, params JsonObject[] profiles)
    {
        var root = new JsonObject { ["profiles"] = new JsonArray(profiles.Select(p => (JsonNode?)p).ToArray()) };
        if (current is not null)
        {
            root["current"] = current;
        }

        Directory.CreateDirectory(Path.Combine(Home, ".aliyun"));
        File.WriteAllText(Path.Combine(Home, ".aliyun", "config.json"), root.ToJsonString());
    }

    public static JsonObject Profile(string name, string keyId, string secret, string mode = "AK", string? region = null, string? token = null)
    {
        var profile = new JsonObject { ["name"] = name, ["mode"] = mode, ["access_key_id"] = keyId, ["access_key_secret"] = secret };
        if (region is not null)
        {
            profile["region_id"] = region;
        }

        if (token is not null)
        {
            profile["sts_token"] = token;
        }

        return profile;
    }

    public AlibabaCloudClient Configure(PropertyMap config) =>
        new AlicloudLiveProvider(new ProviderEnvironment(Variables, Home, TimeProvider.System, Network)).Configure(config);

    /// <summary>The key id and STS token a configured client signs its next call with.</summary>
    public async Task<(string KeyId, string? Token)> SigningIdentityAsync(PropertyMap config)
    {
        using var client = Configure(config.Set("maxRetries", PropertyValue.From(0)));
        try
        {
            await client.Ice.GetLiveTranscodeTemplateAsync(new GetLiveTranscodeTemplateRequest("tpl-1"));
        }
        catch (Exception e) when (e is AlibabaCloudException or InvalidOperationException or KeyNotFoundException)
        {
            // The stand-in's empty answer need not parse; only the signed request matters here.
        }

        var request = Network.Requests[^1];
        var authorization = string.Join(",", request.Headers.GetValues("Authorization"));
        var keyId = authorization.Split("Credential=")[1].Split(',')[0];
        var token = request.Headers.TryGetValues("x-acs-security-token", out var tokens) ? tokens.Single() : null;
        return (keyId, token);
    }

    public void Dispose()
    {
        Network.Dispose();
        Directory.Delete(Home, recursive: true);
    }
}
