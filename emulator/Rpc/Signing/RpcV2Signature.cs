using System.Security.Cryptography;
using System.Text;

namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>Verifies the older RPC signature (V2, HMAC-SHA1 over every parameter but Signature).</summary>
public static class RpcV2Signature
{
    public static bool Applies(IncomingRequest request) => request.AllParameters().ContainsKey("Signature");

    public static SignedParts Verify(IncomingRequest request, Credentials credentials)
    {
        var all = request.AllParameters();
        var keyId = all.GetValueOrDefault("AccessKeyId") ?? throw SignatureErrors.Incomplete("AccessKeyId is missing.");
        if (keyId != credentials.AccessKeyId)
        {
            throw SignatureErrors.UnknownKey();
        }

        if (all.GetValueOrDefault("SignatureMethod") != "HMAC-SHA1")
        {
            throw SignatureErrors.Incomplete("SignatureMethod must be HMAC-SHA1.");
        }

        var date = all.GetValueOrDefault("Timestamp") ?? throw SignatureErrors.Incomplete("Timestamp is missing.");
        var nonce = all.GetValueOrDefault("SignatureNonce") ?? throw SignatureErrors.Incomplete("SignatureNonce is missing.");
        var signed = request.Query.Concat(request.Form).Where(p => p.Key != "Signature");
        var expected = Sign(request.Method, signed, credentials.AccessKeySecret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(all["Signature"])))
        {
            throw SignatureErrors.Mismatch("Check the access key secret and the signing method.");
        }

        return new SignedParts(keyId, date, nonce, all.GetValueOrDefault("SecurityToken"));
    }

    public static string Sign(string method, IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var stringToSign = method.ToUpperInvariant() + "&%2F&" + Rfc3986.Encode(Rfc3986.CanonicalQuery(parameters));
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
    }
}
