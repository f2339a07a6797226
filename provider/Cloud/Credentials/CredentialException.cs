namespace AlicloudLive.Cloud;

/// <summary>Credentials were configured but cannot be used (half a pair, unknown profile, unsupported mode…).</summary>
public sealed class CredentialException : Exception
{
    public CredentialException()
    {
    }

    public CredentialException(string message)
        : base(message)
    {
    }

    public CredentialException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
