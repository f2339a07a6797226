namespace AlicloudLive.Cloud;

/// <summary>Credential-related provider configuration, exactly as the user gave it (null = not set).</summary>
public sealed record CredentialSettings(
    string? AccessKey,
    string? SecretKey,
    string? SecurityToken,
    string? Profile,
    string? SharedCredentialsFile)
{
    public static CredentialSettings None { get; } = new(null, null, null, null, null);

    public override string ToString() =>
        $"CredentialSettings {{ AccessKey = {(AccessKey is null ? "none" : AccessKeyCredentials.Mask(AccessKey))}, " +
        $"SecretKey = {(SecretKey is null ? "none" : "***")}, SecurityToken = {(SecurityToken is null ? "none" : "***")}, " +
        $"Profile = {Profile ?? "none"}, SharedCredentialsFile = {SharedCredentialsFile ?? "none"} }}";
}
