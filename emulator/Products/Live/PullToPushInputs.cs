using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>The documented value rules of the pull-to-push parameters.</summary>
public static class PullToPushInputs
{
    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap-southeast-1", "ap-southeast-5", "cn-beijing", "cn-shanghai", "cn-shenzhen",
    };

    private static readonly HashSet<string> SourceTypes = new(StringComparer.Ordinal) { "live", "vod", "url" };
    // In any case: the service itself answers "RTMP" for "rtmp".
    private static readonly HashSet<string> Protocols = new(StringComparer.OrdinalIgnoreCase) { "rtmp", "rtsp", "srt", "http-flv", "flv" };
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(7);
    private const int MaxUrlLength = 2000;

    public static string Region(string region) =>
        Regions.Contains(region) ? region : throw ApiException.Invalid("Region", $"\"{region}\" is not one of {string.Join(", ", Regions)}.");

    public static string SourceType(string type) =>
        SourceTypes.Contains(type) ? type : throw ApiException.Invalid("SourceType", $"\"{type}\" is not live, vod or url.");

    /// <summary>SourceProtocol is required for live sources; vod and url sources ignore it ("does not take effect").</summary>
    public static string? SourceProtocol(string? protocol, string sourceType) => (protocol, sourceType) switch
    {
        (null, "live") => throw ApiException.Missing("SourceProtocol"),
        (_, not "live") => protocol,
        _ when Protocols.Contains(protocol) => protocol,
        _ => throw ApiException.Invalid("SourceProtocol", $"\"{protocol}\" is not one of {string.Join(", ", Protocols)}."),
    };

    /// <summary>SourceUrls is a JSON array of strings: exactly 1 for live, 1–30 for vod and url.</summary>
    public static List<string> SourceUrls(JsonNode urls, string sourceType)
    {
        var list = urls is JsonArray a && a.All(u => u is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0)
            ? a.Select(u => u!.GetValue<string>()).ToList()
            : throw ApiException.Invalid("SourceUrls", "it must be a JSON array of non-empty strings.");
        var (min, max) = sourceType == "live" ? (1, 1) : (1, 30);
        return list.Count >= min && list.Count <= max
            ? list
            : throw ApiException.Invalid("SourceUrls", $"a {sourceType} source takes {(min == max ? "exactly 1" : $"{min}–{max}")} URL(s), not {list.Count}.");
    }

    public static string DstUrl(string url) =>
        url.StartsWith("rtmp://", StringComparison.OrdinalIgnoreCase) && url.Length <= MaxUrlLength
            ? url
            : throw ApiException.Invalid("DstUrl", "it must be an rtmp:// URL of at most 2000 characters.");

    /// <summary>CallbackUrl: at most 2000 characters; the API states no scheme rule.</summary>
    public static string? CallbackUrl(string? url) =>
        url is null || url.Length <= MaxUrlLength
            ? url
            : throw ApiException.Invalid("CallbackUrl", "it must be at most 2000 characters long.");

    /// <summary>EndTime after StartTime and after now; at most 7 days between them.</summary>
    public static void Duration(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var why = end <= start ? "EndTime must be later than StartTime."
            : end <= now ? "EndTime must be in the future."
            : end - start > MaxSpan ? "The task may run at most 7 days."
            : null;
        if (why is not null)
        {
            throw new ApiException(400, "InvalidParam.CodeIllegalDuration", why);
        }
    }
}
