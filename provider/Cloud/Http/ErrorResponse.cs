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

    /// <summary>The common server-side codes of Alibaba's error-code pages, plus our own for a non-API answer.</summary>
    private static readonly HashSet<string> ServerCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "InternalError", "InternalServerError", "InternalFailure", "UnknownError", InvalidResponseCode,
    };

    /// <summary>
    /// Code, Message and RequestId from an error body (any key casing). A body that is not JSON, or has no Code, is no
    /// answer of the API (a gateway or proxy spoke): InvalidResponse.
    /// </summary>
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
                return string.IsNullOrEmpty(code)
                    ? (InvalidResponseCode, $"an HTTP {httpStatus.ToString(CultureInfo.InvariantCulture)} answer without an error code", root.Str("RequestId"))
                    : (code, string.IsNullOrEmpty(message) ? "(no message)" : message, root.Str("RequestId"));
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

    /// <summary>
    /// By the cloud's Code alone: the API pages disagree on HTTP statuses, so a status never decides. Throttling, the
    /// documented server codes (InternalError, ServiceUnavailable...) and an answer that is not the API's (InvalidResponse)
    /// may pass on a retry; every other code is the API rejecting the request.
    /// </summary>
    public static CloudErrorKind Classify(string code) =>
        IsThrottling(code) ? CloudErrorKind.Throttling
        : ServerCodes.Contains(code) || code.StartsWith("ServiceUnavailable", StringComparison.OrdinalIgnoreCase) ? CloudErrorKind.RetryableServer
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
