using System.Security.Cryptography;
using System.Text;

namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>
/// Verifies ACS3-HMAC-SHA256 (V3): rebuilds the canonical request from what was received
/// (method, "/", query, the signed headers, the body hash) and compares HMACs.
/// </summary>
public static class AcsV3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    public static bool Applies(IncomingRequest request) =>
        request.Header("Authorization")?.StartsWith(Algorithm + " ", StringComparison.Ordinal) == true;

    public static SignedParts Verify(IncomingRequest request, Credentials credentials)
    {
        var fields = ParseAuthorization(request.Header("Authorization")!);
        var keyId = fields.GetValueOrDefault("Credential") ?? throw SignatureErrors.Incomplete("Credential is missing.");
        var signedHeaders = fields.GetValueOrDefault("SignedHeaders") ?? throw SignatureErrors.Incomplete("SignedHeaders is missing.");
        var signature = fields.GetValueOrDefault("Signature") ?? throw SignatureErrors.Incomplete("Signature is missing.");
        if (keyId != credentials.AccessKeyId)
        {
            throw SignatureErrors.UnknownKey();
        }

        var date = request.Header("x-acs-date") ?? throw SignatureErrors.Incomplete("x-acs-date is missing.");
        var nonce = request.Header("x-acs-signature-nonce") ?? throw SignatureErrors.Incomplete("x-acs-signature-nonce is missing.");
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(request.Body));
        var claimedHash = request.Header("x-acs-content-sha256") ?? bodyHash;
        if (!string.Equals(claimedHash, bodyHash, StringComparison.OrdinalIgnoreCase))
        {
            throw SignatureErrors.Mismatch("x-acs-content-sha256 does not match the request body.");
        }

        var names = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries);
        RequireSigned(request, names);
        var expected = Sign(request.Method, request.Query, names.Select(n => (n, request.Header(n) ?? "")), claimedHash.ToLowerInvariant(), credentials.AccessKeySecret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            throw SignatureErrors.Mismatch("Check the access key secret and the signing method.");
        }

        return new SignedParts(keyId, date, nonce, request.Header("x-acs-security-token"));
    }

    /// <summary>Computes the hex signature for the given request parts.</summary>
    public static string Sign(
        string method,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<(string Name, string Value)> headers,
        string hashedPayload,
        string secret)
    {
        var sorted = headers.Select(h => (Name: h.Name.Trim().ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var canonical = new StringBuilder()
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append('/').Append('\n')
            .Append(Rfc3986.CanonicalQuery(query)).Append('\n')
            .Append(string.Concat(sorted.Select(h => h.Name + ":" + h.Value + "\n"))).Append('\n')
            .Append(string.Join(';', sorted.Select(h => h.Name))).Append('\n')
            .Append(hashedPayload)
            .ToString();
        var stringToSign = Algorithm + "\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));
    }

    // host and every x-acs-* header must be covered, so none of them can be altered in transit.
    private static void RequireSigned(IncomingRequest request, string[] names)
    {
        var required = request.Headers.Keys
            .Select(k => k.ToLowerInvariant())
            .Where(k => k == "host" || k.StartsWith("x-acs-", StringComparison.Ordinal));
        var missing = required.Except(names.Select(n => n.ToLowerInvariant()), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw SignatureErrors.Mismatch($"These headers must be signed: {string.Join(", ", missing)}.");
        }
    }

    private static Dictionary<string, string> ParseAuthorization(string header) =>
        header[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
}
