using AlicloudLive.Cloud;

namespace AlicloudLive.Plugin;

/// <summary>`doctor` flags as given (null = not given).</summary>
internal sealed record DoctorArguments(string? LiveEndpoint, string? IceEndpoint, string? Region, string? Profile, string? Stack, bool Help)
{
    public const string Usage = $"""
        usage: pulumi-resource-alicloud-live doctor [flags]

        Shows the credentials (never the secret), region and endpoints in effect, why each endpoint was chosen, and
        makes one cheap read per API. Exit 0: all OK; 1: a check failed; 2: no usable credentials or bad arguments.

        With --stack, or with no flag when the current folder holds exactly one Pulumi.<stack>.yaml, it checks the
        configuration `pulumi up` would use: the stack's alicloud-live:* keys, then the environment, then the profile.
        Secure (encrypted) values cannot be read here; doctor says which environment variable supplies them instead.

        flags:
          --stack <name>          read alicloud-live:* config from Pulumi.<name>.yaml in the current folder
          --region <region>       the region (else alicloud-live:region, {EnvironmentNames.Region}, the profile's, {CloudClientOptions.DefaultRegion})
          --live-endpoint <url>   override the Live endpoint (else alicloud-live:liveEndpoint, {EnvironmentNames.LiveEndpoint})
          --ice-endpoint <url>    override the ICE endpoint (else alicloud-live:iceEndpoint, {EnvironmentNames.IceEndpoint})
          --profile <name>        a profile of ~/.aliyun/config.json (else alicloud-live:profile, {EnvironmentNames.Profile})
          -h, --help              print this help
        """;

    private static readonly string[] Flags = ["--live-endpoint", "--ice-endpoint", "--region", "--profile", "--stack"];

    /// <summary>Parses `--flag value` or `--flag=value`; returns null with an error for anything else.</summary>
    public static DoctorArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "help")
            {
                error = null;
                return new DoctorArguments(null, null, null, null, null, Help: true);
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var flag = equals > 0 ? arg[..equals] : arg;
            if (!Flags.Contains(flag, StringComparer.Ordinal))
            {
                error = $"unknown argument '{arg}'; doctor accepts {string.Join(", ", Flags)}, --help";
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
            values.GetValueOrDefault("--live-endpoint"),
            values.GetValueOrDefault("--ice-endpoint"),
            values.GetValueOrDefault("--region"),
            values.GetValueOrDefault("--profile"),
            values.GetValueOrDefault("--stack"),
            Help: false);
    }
}
