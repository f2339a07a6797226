namespace AlicloudLive.Cloud;

/// <summary>`doctor` flags, each falling back to its environment variable.</summary>
internal sealed record DoctorArguments(string? LiveEndpoint, string? IceEndpoint, string? Region, string? Profile)
{
    /// <summary>The flag or variable that set <see cref="LiveEndpoint"/>.</summary>
    public string? LiveEndpointOrigin { get; init; }

    /// <summary>The flag or variable that set <see cref="IceEndpoint"/>.</summary>
    public string? IceEndpointOrigin { get; init; }

    private static readonly string[] Flags = ["--live-endpoint", "--ice-endpoint", "--region", "--profile"];

    /// <summary>Parses `--flag value` or `--flag=value`; returns null with an error for anything else.</summary>
    public static DoctorArguments? Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var flag = equals > 0 ? arg[..equals] : arg;
            if (!Flags.Contains(flag, StringComparer.Ordinal))
            {
                error = $"unknown argument '{arg}'; doctor accepts {string.Join(", ", Flags)}";
                return null;
            }

            if (equals > 0)
            {
                values[flag] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                values[flag] = args[++i];
            }
            else
            {
                error = $"{flag} needs a value";
                return null;
            }
        }

        error = null;
        return new DoctorArguments(
            Pick(values, "--live-endpoint", environment, EnvironmentNames.LiveEndpoint),
            Pick(values, "--ice-endpoint", environment, EnvironmentNames.IceEndpoint),
            Pick(values, "--region", environment, EnvironmentNames.Region),
            values.GetValueOrDefault("--profile"))
        {
            LiveEndpointOrigin = Origin(values, "--live-endpoint", EnvironmentNames.LiveEndpoint),
            IceEndpointOrigin = Origin(values, "--ice-endpoint", EnvironmentNames.IceEndpoint),
        };
    }

    private static string? Pick(Dictionary<string, string> values, string flag, IReadOnlyDictionary<string, string> environment, string variable) =>
        values.TryGetValue(flag, out var value) ? value
        : environment.TryGetValue(variable, out var fromEnvironment) && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment
        : null;

    private static string Origin(Dictionary<string, string> values, string flag, string variable) =>
        values.ContainsKey(flag) ? flag : variable;
}
