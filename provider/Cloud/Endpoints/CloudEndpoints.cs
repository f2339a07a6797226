using System.Net;

namespace AlicloudLive.Cloud;

/// <summary>
/// Default endpoints per product and region, and the rules for overrides: a bare host means https, a URL may use
/// http only when its host is a loopback address (the local emulator).
/// </summary>
public static class CloudEndpoints
{
    /// <summary>Regions whose Live API is served by the central live.aliyuncs.com endpoint.</summary>
    public static IReadOnlySet<string> CentralLiveRegions { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "cn-shanghai", "cn-beijing", "ap-southeast-1", "ap-southeast-5" };

    public static Uri DefaultLive(string region) =>
        new("https://" + (CentralLiveRegions.Contains(region) ? "live.aliyuncs.com" : $"live.{region}.aliyuncs.com") + "/");

    public static Uri DefaultIce(string region) =>
        new("https://" + (region == "cn-shanghai" ? "ice.cn-shanghai.aliyuncs.com" : "ice.aliyuncs.com") + "/");

    /// <summary>Parses an override. <paramref name="settingName"/> names the setting in any error.</summary>
    public static Uri Parse(string value, string settingName)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        var hasScheme = text.Contains("://", StringComparison.Ordinal);
        if (!Uri.TryCreate(hasScheme ? text : "https://" + text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException($"{settingName} '{value}' is not a host name or an http(s) URL.", settingName);
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"{settingName} '{value}' must use https (or http to a loopback address).", settingName);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new ArgumentException(
                $"{settingName} '{value}' uses http to a non-loopback host; use https (http is allowed only for 127.0.0.0/8, localhost and ::1).",
                settingName);
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new ArgumentException($"{settingName} '{value}' must be a bare host or scheme://host[:port], with no path, query or user.", settingName);
        }

        return new Uri($"{uri.Scheme}://{uri.Authority}/");
    }

    /// <summary>The override when one is given, otherwise the product's default for the region.</summary>
    public static Uri Resolve(string? overrideValue, string settingName, Func<Uri> defaultEndpoint)
    {
        ArgumentNullException.ThrowIfNull(defaultEndpoint);
        return string.IsNullOrWhiteSpace(overrideValue) ? defaultEndpoint() : Parse(overrideValue, settingName);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
