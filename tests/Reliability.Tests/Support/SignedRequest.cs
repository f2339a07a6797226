using System.Security.Cryptography;
using System.Text;
using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Reliability.Tests.Support;

/// <summary>
/// A V3-signed RPC request to the emulator with any parameters, however malformed, in an x-www-form-urlencoded body
/// (the body hash is signed, so the signature holds whatever the parameters say), with the emulator's default key pair.
/// </summary>
public static class SignedRequest
{
    public static HttpRequestMessage Build(Uri baseUrl, string? action, string? version, IReadOnlyList<KeyValuePair<string, string>> form, string? date = null)
    {
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
        return BuildRaw(baseUrl, action, version, body, date);
    }

    /// <summary>The same with a body of any bytes.</summary>
    public static HttpRequestMessage BuildRaw(Uri baseUrl, string? action, string? version, byte[] body, string? date = null)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = baseUrl.Authority,
            ["x-acs-date"] = date ?? AcsV3Signer.FormatDate(DateTimeOffset.UtcNow),
            ["x-acs-signature-nonce"] = Guid.NewGuid().ToString("N"),
            ["x-acs-content-sha256"] = hash,
        };
        if (action is not null)
        {
            headers["x-acs-action"] = action;
        }

        if (version is not null)
        {
            headers["x-acs-version"] = version;
        }

        var authorization = AcsV3Signer.Authorization(new SignableRequest("POST", [], headers, hash), "emulator", "emulator");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }
}
