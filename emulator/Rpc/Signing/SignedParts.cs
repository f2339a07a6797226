namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>What a verified signature vouches for: the key, the signing date and the nonce.</summary>
public sealed record SignedParts(string AccessKeyId, string Date, string Nonce, string? SecurityToken);
