using System.Globalization;

namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>
/// Accepts a request only when it is signed (V3 or V2) with the configured key pair, carries the configured
/// STS token, is dated within 15 minutes of real time, and uses a fresh nonce.
/// </summary>
public sealed class SignatureVerifier
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly Credentials _credentials;
    private readonly NonceCache _nonces = new(Window);
    private readonly TimeProvider _time;

    public SignatureVerifier(Credentials credentials, TimeProvider time)
    {
        _credentials = credentials;
        _time = time;
    }

    public void Verify(IncomingRequest request)
    {
        var parts = AcsV3Signature.Applies(request) ? AcsV3Signature.Verify(request, _credentials)
            : RpcV2Signature.Applies(request) ? RpcV2Signature.Verify(request, _credentials)
            : throw SignatureErrors.Incomplete("the request carries neither an ACS3-HMAC-SHA256 Authorization header nor a Signature parameter.");

        if (parts.SecurityToken != _credentials.SecurityToken)
        {
            throw SignatureErrors.TokenMismatch();
        }

        var now = _time.GetUtcNow();
        if (!DateTimeOffset.TryParse(parts.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            throw SignatureErrors.BadDate(parts.Date);
        }

        if ((now - date).Duration() > Window)
        {
            throw SignatureErrors.Expired();
        }

        if (!_nonces.TryUse(parts.AccessKeyId, parts.Nonce, now))
        {
            throw SignatureErrors.NonceUsed();
        }
    }
}
