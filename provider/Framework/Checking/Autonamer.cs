using System.Security.Cryptography;

namespace AlicloudLive.Framework.Checking;

public enum AutonamingMode
{
    Propose,
    Enforce,
    Disable,
}

/// <summary>The engine's autonaming options (Pulumi 3.140+), when it sent any.</summary>
public sealed record AutonamingOptions(string ProposedName, AutonamingMode Mode);

/// <summary>Names a resource the user did not name: <c>&lt;logical name&gt;-&lt;7 hex&gt;</c>, stable for a given random seed.</summary>
public static class Autonamer
{
    /// <summary>Returns the name to use, or null with a failure reason when autonaming is disabled.</summary>
    public static string? Name(string logicalName, ReadOnlySpan<byte> randomSeed, AutonamingOptions? options, out string? failure)
    {
        failure = null;
        if (options is { Mode: AutonamingMode.Disable })
        {
            failure = "is required because autonaming is disabled for this stack";
            return null;
        }

        if (options is { ProposedName.Length: > 0 })
        {
            return options.ProposedName;
        }

        Span<byte> digest = stackalloc byte[32];
        if (randomSeed.Length > 0)
        {
            SHA256.HashData(randomSeed, digest);
        }
        else
        {
            RandomNumberGenerator.Fill(digest);
        }

        return $"{logicalName}-{Convert.ToHexStringLower(digest[..4])[..SuffixLength]}";
    }

    /// <summary>True when <paramref name="name"/> has the shape <see cref="Name"/> gives <paramref name="logicalName"/> from some seed.</summary>
    public static bool IsAutonameOf(string name, string logicalName) =>
        name.Length == logicalName.Length + 1 + SuffixLength
        && name.StartsWith(logicalName + "-", StringComparison.Ordinal)
        && name[^SuffixLength..].All(char.IsAsciiHexDigitLower);

    private const int SuffixLength = 7;
}
