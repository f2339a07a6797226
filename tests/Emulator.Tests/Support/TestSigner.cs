using System.Security.Cryptography;
using System.Text;

namespace AlicloudLive.Emulator.Tests.Support;

/// <summary>The tests' own ACS3-HMAC-SHA256 and V2 signers, written apart from the emulator's verifier.</summary>
public static class TestSigner
{
    public static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            sb.Append((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~'
                ? ((char)b).ToString()
                : "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static string Query(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Encode(p.Key) + "=" + Encode(p.Value)));

    /// <summary>Returns the Authorization header value for a V3 request; headers must hold host and every x-acs-* header.</summary>
    public static string AuthorizationV3(string method, string query, IDictionary<string, string> headers, string keyId, string secret)
    {
        var names = headers.Keys.Select(k => k.ToLowerInvariant()).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var lookup = headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.Trim());
        var canonical = $"{method}\n/\n{query}\n{string.Concat(names.Select(n => $"{n}:{lookup[n]}\n"))}\n{string.Join(";", names)}\n{lookup["x-acs-content-sha256"]}";
        var toSign = "ACS3-HMAC-SHA256\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(toSign)));
        return $"ACS3-HMAC-SHA256 Credential={keyId},SignedHeaders={string.Join(";", names)},Signature={signature}";
    }

    /// <summary>The V2 Signature parameter over every other parameter.</summary>
    public static string SignatureV2(string method, IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var toSign = method + "&%2F&" + Encode(Query(parameters));
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(toSign)));
    }
}
