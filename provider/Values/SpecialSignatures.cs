namespace AlicloudLive.Values;

/// <summary>The engine's special-object key and the signatures it may hold (docs/protocol.md, "Values").</summary>
public static class SpecialSignatures
{
    /// <summary>An object with this key is a special value, not a plain object.</summary>
    public const string Key = "4dabf18193072939515e22adb298388d";

    public const string Secret = "1b47061264138c4ac30d75fd1eb44270";

    public const string Asset = "c44067f5952c0a294b673a41bacd8c17";

    public const string Archive = "0def7320c3a5731c473e5ecbe6d01bc7";

    public const string ResourceReference = "5cf8f73096256a8f31e491e813e4eb8e";

    public const string OutputValue = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    /// <summary>Assets and archives are carried through untouched as <see cref="OpaqueSpecialValue"/>.</summary>
    public static bool IsOpaque(string signature) => signature is Asset or Archive;
}
