namespace AlicloudLive.Plugin;

/// <summary>
/// The engine launches plugins as <c>[--logtostderr] [-v=N] [--logflow] [--tracing ENDPOINT] ENGINE_ADDRESS</c>
/// (docs/plugin-process.md, "Start"). Engine flags are dropped; what remains is the engine address, or nothing in attach mode.
/// </summary>
internal static class PluginArguments
{
    public static string? EngineAddress(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--tracing")
            {
                i++;
            }
            else if (!IsEngineFlag(a))
            {
                rest.Add(a);
            }
        }

        return rest.Count > 0 ? rest[^1] : null;
    }

    private static bool IsEngineFlag(string arg) =>
        arg is "--logtostderr" or "--logflow" or "-v" || arg.StartsWith("-v=", StringComparison.Ordinal)
        || arg.StartsWith("--v=", StringComparison.Ordinal) || arg.StartsWith("--tracing=", StringComparison.Ordinal)
        || arg.StartsWith("--logtostderr=", StringComparison.Ordinal) || arg.StartsWith("--logflow=", StringComparison.Ordinal)
        || (arg.StartsWith("-v", StringComparison.Ordinal) && arg.Length > 2 && arg[2..].All(char.IsAsciiDigit));

    /// <summary>The glog verbosity the engine passed (-v=N, --v=N, -vN); 0 when none.</summary>
    public static int Verbosity(IReadOnlyList<string> args)
    {
        var verbosity = 0;
        foreach (var arg in args)
        {
            var digits = arg.StartsWith("-v=", StringComparison.Ordinal) ? arg[3..]
                : arg.StartsWith("--v=", StringComparison.Ordinal) ? arg[4..]
                : arg.StartsWith("-v", StringComparison.Ordinal) && arg.Length > 2 && arg[2..].All(char.IsAsciiDigit) ? arg[2..]
                : null;
            if (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level))
            {
                verbosity = level;
            }
        }

        return verbosity;
    }
}
