namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>The signature-related errors, shaped like the service's.</summary>
public static class SignatureErrors
{
    public static ApiException Incomplete(string what) =>
        new(400, "IncompleteSignature", $"The request signature does not conform to Aliyun standards: {what}");

    public static ApiException UnknownKey() =>
        new(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    public static ApiException Mismatch(string why) =>
        new(403, "SignatureDoesNotMatch", $"Specified signature does not match our calculation. {why}");

    public static ApiException TokenMismatch() =>
        new(403, "InvalidSecurityToken.MismatchWithAccessKey", "The security token does not match the access key.");

    public static ApiException Expired() =>
        new(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired (more than 15 minutes from the server time).");

    public static ApiException BadDate(string text) =>
        new(400, "InvalidTimeStamp.Format", $"Specified time stamp or date value \"{text}\" is not well formatted.");

    public static ApiException NonceUsed() =>
        new(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
}
