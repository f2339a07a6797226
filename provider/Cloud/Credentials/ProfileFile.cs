using System.Text.Json;

namespace AlicloudLive.Cloud;

/// <summary>Reads one profile from an Alibaba Cloud CLI config file (~/.aliyun/config.json).</summary>
internal static class ProfileFile
{
    private static readonly string[] SupportedModes = ["AK", "StsToken"];

    /// <summary>
    /// Loads the named profile (or the file's "current", then "default"). Returns null when no profile was asked for
    /// and the file has none to offer.
    /// </summary>
    public static CredentialResolution? Load(string path, string? requestedProfile)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new CredentialException($"The credentials file {path} is not valid JSON.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"The credentials file {path} cannot be read: {ex.Message}", ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CredentialException($"The credentials file {path} does not contain a JSON object.");
        }

        var name = requestedProfile ?? NonEmpty(Text(root, "current")) ?? "default";
        var profile = FindProfile(root, name);
        if (profile is null)
        {
            return requestedProfile is null
                ? null
                : throw new CredentialException($"Profile '{name}' was not found in {path}.");
        }

        var where = $"profile '{name}' in {path}";
        var mode = NonEmpty(Text(profile.Value, "mode")) ?? "AK";
        if (!SupportedModes.Contains(mode, StringComparer.Ordinal))
        {
            throw new CredentialException(
                $"The {where} uses mode '{mode}', which alicloud-live does not support; use mode AK or StsToken " +
                "(or set alicloud-live:accessKey/secretKey or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET).");
        }

        var keyId = NonEmpty(Text(profile.Value, "access_key_id"));
        var secret = NonEmpty(Text(profile.Value, "access_key_secret"));
        var token = NonEmpty(Text(profile.Value, "sts_token"));
        var missing = new List<string>();
        if (keyId is null)
        {
            missing.Add("access_key_id");
        }

        if (secret is null)
        {
            missing.Add("access_key_secret");
        }

        if (mode == "StsToken" && token is null)
        {
            missing.Add("sts_token");
        }

        if (missing.Count > 0)
        {
            throw new CredentialException($"The {where} (mode {mode}) has no {string.Join(", ", missing)}.");
        }

        var credentials = new AccessKeyCredentials(keyId!, secret!, mode == "StsToken" ? token : null);
        return new CredentialResolution(credentials, where, NonEmpty(Text(profile.Value, "region_id")));
    }

    private static JsonElement? FindProfile(JsonElement root, string name)
    {
        if (!root.TryGetProperty("profiles", out var profiles) || profiles.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var profile in profiles.EnumerateArray())
        {
            if (profile.ValueKind == JsonValueKind.Object && Text(profile, "name") == name)
            {
                return profile;
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
