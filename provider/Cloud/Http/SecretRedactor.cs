namespace AlicloudLive.Cloud.Http;

/// <summary>Removes the secret and the STS token from any text that leaves the client (messages, log lines).</summary>
internal sealed class SecretRedactor
{
    private readonly string[] _secrets;

    public SecretRedactor(AccessKeyCredentials credentials) =>
        _secrets = new[] { credentials.AccessKeySecret, credentials.SecurityToken }
            .Where(s => !string.IsNullOrEmpty(s))
            .Select(s => s!)
            .ToArray();

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
