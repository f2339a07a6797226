namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>The one key pair (and optional STS token) the emulator accepts.</summary>
public sealed record Credentials(string AccessKeyId, string AccessKeySecret, string? SecurityToken)
{
    public override string ToString() => $"Credentials {{ AccessKeyId = {AccessKeyId} }}";
}
