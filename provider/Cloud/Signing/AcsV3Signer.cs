using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlicloudLive.Cloud.Signing;

/// <summary>ACS3-HMAC-SHA256 (signature V3), following the published algorithm step by step.</summary>
public static class AcsV3Signer
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>Hex SHA-256 of an empty body: every RPC call here sends its parameters in the query.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>The x-acs-date format: UTC, second precision.</summary>
    public static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Encoded <c>k=v</c> pairs sorted by encoded name (byte order), joined by &amp;; also the wire query.</summary>
    public static string CanonicalQueryString(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join('&', query
            .Select(p => (Name: AcsPercentEncoding.Encode(p.Key), Value: AcsPercentEncoding.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));

    /// <summary>host, content-type and x-acs-* headers, lower-cased and sorted; the names signed.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SignedHeaders(IReadOnlyDictionary<string, string> headers) =>
        headers
            .Select(h => new KeyValuePair<string, string>(h.Key.Trim().ToLowerInvariant(), h.Value.Trim()))
            .Where(h => h.Key is "host" or "content-type" || h.Key.StartsWith("x-acs-", StringComparison.Ordinal))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();

    public static string CanonicalRequest(SignableRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = SignedHeaders(request.Headers);
        var canonical = new StringBuilder();
        canonical.Append(request.Method.ToUpperInvariant()).Append('\n');
        canonical.Append('/').Append('\n');
        canonical.Append(CanonicalQueryString(request.Query)).Append('\n');
        foreach (var (name, value) in headers)
        {
            canonical.Append(name).Append(':').Append(value).Append('\n');
        }

        canonical.Append('\n');
        canonical.Append(string.Join(';', headers.Select(h => h.Key))).Append('\n');
        canonical.Append(request.HashedPayload);
        return canonical.ToString();
    }

    public static string HashedCanonicalRequest(SignableRequest request) => HexSha256(CanonicalRequest(request));

    public static string StringToSign(SignableRequest request) => Algorithm + "\n" + HashedCanonicalRequest(request);

    public static string Signature(SignableRequest request, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(StringToSign(request)));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>The Authorization header value.</summary>
    public static string Authorization(SignableRequest request, string accessKeyId, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signedNames = string.Join(';', SignedHeaders(request.Headers).Select(h => h.Key));
        return $"{Algorithm} Credential={accessKeyId},SignedHeaders={signedNames},Signature={Signature(request, accessKeySecret)}";
    }

    public static string HexSha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
