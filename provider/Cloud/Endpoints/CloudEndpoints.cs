using System.Net;
using System.Text.RegularExpressions;

namespace AlicloudLive.Cloud;

/// <summary>
/// Default endpoints per product and region, as the official SDKs choose them (their endpoint maps, else
/// &lt;product&gt;.&lt;region&gt;.aliyuncs.com), and the rules for overrides: a bare host means https, a URL may use http
/// only when its host is a loopback address (the local emulator). No text that leaves here carries an endpoint's userinfo.
/// </summary>
public static partial class CloudEndpoints
{
    public static IReadOnlyDictionary<string, string> LiveMap { get; } =
        EndpointMaps.Regions.ToDictionary(r => r, _ => EndpointMaps.CentralLiveHost, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> IceMap { get; } =
        EndpointMaps.Regions.ToDictionary(
            r => r, r => r == EndpointMaps.RegionalIceRegion ? $"ice.{r}.aliyuncs.com" : EndpointMaps.CentralIceHost, StringComparer.Ordinal);

    /// <summary>
    /// Null for a region of either map or of the documented shape (area-place-n, e.g. me-central-1); otherwise why
    /// not, naming the nearest known region ("cn-shangai: did you mean cn-shanghai?").
    /// </summary>
    public static string? RegionProblem(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (LiveMap.ContainsKey(region) || IceMap.ContainsKey(region) || RegionShape().IsMatch(region))
        {
            return null;
        }

        var nearest = NearestName.Find(region, EndpointMaps.Regions);
        return $"{region}: did you mean {nearest}? It is in neither the Live nor the ICE endpoint map of Alibaba's SDKs and " +
               "not of the form area-place-n (e.g. me-central-1); for a region not listed there, set liveEndpoint and iceEndpoint.";
    }

    /// <summary>The override when one is given, else the SDK map's host, else the regional pattern for a well-formed region.</summary>
    public static EndpointChoice Choose(string? overrideValue, string settingName, string product, IReadOnlyDictionary<string, string> map, string region)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(region);
        if (!string.IsNullOrWhiteSpace(overrideValue))
        {
            return new(Parse(overrideValue, settingName), EndpointSource.Override, $"override: {settingName} is set");
        }

        if (map.TryGetValue(region, out var host))
        {
            return new(new Uri($"https://{host}/"), EndpointSource.Map, $"map: the {product} SDK's endpoint map sends {region} to {host}");
        }

        if (RegionProblem(region) is { } problem)
        {
            throw new ArgumentException(problem, "region");
        }

        return new(new Uri($"https://{product}.{region}.aliyuncs.com/"), EndpointSource.Pattern,
            $"pattern: {region} is in no endpoint map, so {product}.<region>.aliyuncs.com as the SDK does");
    }

    /// <summary>Parses an override. <paramref name="settingName"/> names the setting in any error.</summary>
    public static Uri Parse(string value, string settingName)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        var shown = WithoutUserInfo(value);
        var hasScheme = text.Contains("://", StringComparison.Ordinal);
        if (!Uri.TryCreate(hasScheme ? text : "https://" + text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException($"{settingName} '{shown}' is not a host name or an http(s) URL.", settingName);
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new ArgumentException($"{settingName} '{shown}' must not carry a user or password; the API signs requests with the AccessKey.", settingName);
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"{settingName} '{shown}' must use https (or http to a loopback address).", settingName);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new ArgumentException(
                $"{settingName} '{shown}' uses http to a non-loopback host; use https (http is allowed only for 127.0.0.0/8, localhost and ::1).",
                settingName);
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            throw new ArgumentException($"{settingName} '{shown}' must be a bare host or scheme://host[:port], with no path, query or user.", settingName);
        }

        return new Uri($"{uri.Scheme}://{uri.Authority}/");
    }

    /// <summary>The endpoint text with any user:password@ replaced by ***@, for messages.</summary>
    public static string WithoutUserInfo(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return UserInfo().Replace(value, m => m.Groups["scheme"].Value + "***@", 1);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex(@"^[a-z]{2,3}-[a-z]+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionShape();

    // Everything before the last '@' of the authority (scheme optional), so "a@b:c@host" hides both parts.
    [GeneratedRegex(@"^(?<scheme>\s*[A-Za-z][A-Za-z0-9+.\-]*://)?[^/?#]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();
}
