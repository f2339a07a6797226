using System.Globalization;
using System.Runtime.InteropServices;

namespace AlicloudLive.Plugin;

/// <summary>
/// A process started from a background job of a non-interactive shell inherits SIGINT ignored, and .NET then leaves it
/// ignored (the shell convention that such jobs must not see the terminal's Ctrl-C). The engine stops its plugins with
/// SIGINT before it kills them, so the plugin takes SIGINT back before it registers its handler, as a Go plugin does
/// (Go's signal.Notify un-ignores the signal it is asked for).
/// </summary>
internal static partial class InheritedSignals
{
    private const int Interrupt = 2;
    private const nint DefaultAction = 0;

    public static void RestoreInterrupt()
    {
        if (OperatingSystem.IsLinux() && IsIgnored(Interrupt))
        {
            _ = SetHandler(Interrupt, DefaultAction);
        }
    }

    /// <summary>The SigIgn mask of /proc/self/status: bit n-1 is signal n.</summary>
    private static bool IsIgnored(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (signal - 1))) != 0;
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint SetHandler(int signal, nint handler);
}
