namespace AlicloudLive.Cloud;

/// <summary>An AccessKey pair, optionally with an STS token. ToString never shows the secret or the token.</summary>
public sealed record AccessKeyCredentials(string AccessKeyId, string AccessKeySecret, string? SecurityToken)
{
    /// <summary>The key id with its middle hidden, e.g. "LTAI****1234"; safe for output.</summary>
    public string MaskedAccessKeyId => Mask(AccessKeyId);

    public static string Mask(string accessKeyId)
    {
        ArgumentNullException.ThrowIfNull(accessKeyId);
        return accessKeyId.Length <= 8 ? "****" : accessKeyId[..4] + "****" + accessKeyId[^4..];
    }

    public override string ToString() =>
        $"AccessKeyCredentials {{ AccessKeyId = {MaskedAccessKeyId}, AccessKeySecret = ***, SecurityToken = {(SecurityToken is null ? "none" : "***")} }}";
}
