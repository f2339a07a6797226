using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Ice;

/// <summary>Validation of the JSON-string parameters of SubmitLiveTranscodeJob / UpdateLiveTranscodeJob.</summary>
public static class IceInputs
{
    private static readonly TimeSpan MaxDistance = TimeSpan.FromDays(7);

    /// <summary>StreamInput {"Type":"rtmp","InputUrl":"rtmp://…"} → the input URL.</summary>
    public static string StreamInputUrl(JsonNode input)
    {
        var type = Field(input, "StreamInput", "Type");
        var url = Field(input, "StreamInput", "InputUrl");
        if (type != "rtmp")
        {
            throw ApiException.Invalid("StreamInput.Type", $"\"{type}\" is not supported; only rtmp is.");
        }

        return url.StartsWith("rtmp://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(url, UriKind.Absolute, out _)
            ? url
            : throw ApiException.Invalid("StreamInput.InputUrl", "it must be an rtmp:// URL.");
    }

    /// <summary>
    /// TranscodeOutput {"Type":"LiveCenter","DomainName":"…"} → the domain, which must be a known live domain.
    /// SubmitLiveTranscodeJob takes it without a domain (null); UpdateLiveTranscodeJob requires one.
    /// </summary>
    public static string? OutputDomain(JsonNode output, Seed seed, bool domainRequired)
    {
        var type = Field(output, "TranscodeOutput", "Type");
        if (type != "LiveCenter")
        {
            throw ApiException.Invalid("TranscodeOutput.Type", $"\"{type}\" is not supported; only LiveCenter is.");
        }

        if (!domainRequired && output is JsonObject o && o["DomainName"] is null)
        {
            return null;
        }

        var domain = Field(output, "TranscodeOutput", "DomainName");
        return seed.LiveDomains.Contains(domain)
            ? domain
            : throw ApiException.Invalid("TranscodeOutput.DomainName", $"\"{domain}\" is not a live domain of this account.");
    }

    /// <summary>
    /// TimedConfig {"StartTime","EndTime"}: each optional (the pages mark both "No"), ISO UTC, each within 7 days of now
    /// before or after, EndTime after StartTime when both are given.
    /// </summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End) TimedConfig(JsonNode timed, DateTimeOffset now)
    {
        var start = OptionalTime(timed, "StartTime");
        var end = OptionalTime(timed, "EndTime");
        if (end <= start)
        {
            throw ApiException.Invalid("TimedConfig.EndTime", "it must be later than StartTime.");
        }

        if ((start - now)?.Duration() > MaxDistance || (end - now)?.Duration() > MaxDistance)
        {
            throw ApiException.Invalid("TimedConfig", "StartTime and EndTime must each be within 7 days of now.");
        }

        return (start, end);
    }

    private static DateTimeOffset? OptionalTime(JsonNode timed, string field) =>
        timed is JsonObject o && o[field] is not null ? RpcParameters.ParseTime($"TimedConfig.{field}", Field(timed, "TimedConfig", field)) : null;

    /// <summary>The output stream URL the service reports: rtmp://&lt;domain&gt;/&lt;app&gt;/&lt;stream&gt;_&lt;template name&gt;.</summary>
    public static string OutputUrl(string inputUrl, string domain, string templateName)
    {
        var segments = new Uri(inputUrl).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var app = segments.Length > 1 ? segments[0] : "live";
        var stream = segments.Length > 1 ? string.Join('/', segments[1..]) : segments.FirstOrDefault() ?? "stream";
        return $"rtmp://{domain}/{app}/{stream}_{templateName}";
    }

    private static string Field(JsonNode node, string parameter, string field) =>
        node is JsonObject o && o[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw ApiException.Invalid($"{parameter}.{field}", "it is required and must be a string.");
}
