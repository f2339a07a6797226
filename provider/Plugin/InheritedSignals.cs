using System.Globalization;
using System.Runtime.InteropServices;

namespace AlicloudLive.Plugin;

/// <summary>
/// A process started from a background job of a non-interactive shell inherits SIGINT and SIGQUIT ignored (the POSIX
/// rule for asynchronous commands), and .NET then leaves them ignored. The engine stops its plugins with SIGINT on Unix
/// (and CTRL_BREAK_EVENT on Windows, which .NET names SIGQUIT), so the plugin takes both back before it registers its
/// handlers, as a Go plugin does (Go's signal.Notify un-ignores the signals it is asked for).
/// </summary>
internal static partial class InheritedSignals
{
    private const int Interrupt = 2;
    private const int Quit = 3;
    private const nint DefaultAction = 0;

    public static void RestoreStopSignals()
    {
        foreach (var signal in (int[])[Interrupt, Quit])
        {
            if (OperatingSystem.IsLinux() && IsIgnored(signal))
            {
                _ = SetHandler(signal, DefaultAction);
            }
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
