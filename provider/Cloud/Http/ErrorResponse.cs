using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Http;

/// <summary>Parses and classifies Alibaba Cloud error answers.</summary>
internal static partial class ErrorResponse
{
    public const string InvalidResponseCode = "InvalidResponse";

    /// <summary>Code, Message and RequestId from an error body (any key casing); a non-JSON body gives InvalidResponse.</summary>
    public static (string Code, string Message, string? RequestId) Parse(string body, int httpStatus)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var code = root.Str("Code");
                var message = root.Str("Message");
                return (
                    string.IsNullOrEmpty(code) ? "HTTP" + httpStatus.ToString(CultureInfo.InvariantCulture) : code,
                    string.IsNullOrEmpty(message) ? "(no message)" : message,
                    root.Str("RequestId"));
            }
        }
        catch (JsonException)
        {
            // Falls through: a proxy or gateway answered with something that is not the API's JSON.
        }

        return (InvalidResponseCode, $"the response body is not a JSON object ({body.Length} characters)", null);
    }

    public static bool IsThrottling(string code) =>
        code.Equals("Throttling", StringComparison.OrdinalIgnoreCase)
        || code.StartsWith("Throttling.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throttling whatever the status; then 5xx is a server error and everything else a client error.</summary>
    public static CloudErrorKind Classify(int httpStatus, string code) =>
        IsThrottling(code) ? CloudErrorKind.Throttling
        : httpStatus >= 500 ? CloudErrorKind.RetryableServer
        : CloudErrorKind.Client;

    /// <summary>The service's "TimeLeft:&lt;ms&gt;" hint from x-ratelimit-user-api / x-ratelimit-user, when present.</summary>
    public static TimeSpan? TimeLeft(HttpResponseHeaders headers)
    {
        foreach (var name in (string[])["x-ratelimit-user-api", "x-ratelimit-user"])
        {
            if (!headers.TryGetValues(name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                var match = TimeLeftPattern().Match(value);
                if (match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
                {
                    return TimeSpan.FromMilliseconds(ms);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"TimeLeft\s*:\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLeftPattern();
}
