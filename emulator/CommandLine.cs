using System.Reflection;

namespace AlicloudLive.Emulator;

/// <summary>Parses the emulator's flags into EmulatorOptions, and answers --help and --version.</summary>
public static class CommandLine
{
    public const string Usage =
        "usage: alicloud-live-emulator [--listen 127.0.0.1:PORT] [--access-key-id ID --access-key-secret SECRET]\n" +
        "                              [--security-token TOKEN] [--state-file PATH] [--seed PATH] [--no-throttle]\n" +
        "       alicloud-live-emulator --help | -h | --version\n" +
        "\n" +
        "A local emulator of the Alibaba Cloud Live (2016-11-01) and ICE (2020-11-09) APIs. The first stdout line is\n" +
        "the base URL; SIGTERM or SIGINT stops it.\n" +
        "\n" +
        "  --listen ADDRESS:PORT     loopback address to listen on (127.0.0.1, ::1, localhost); default 127.0.0.1:0\n" +
        "                            (any free port)\n" +
        "  --access-key-id ID        the only AccessKey id accepted; default emulator\n" +
        "  --access-key-secret SECRET  its secret; default emulator\n" +
        "  --security-token TOKEN    require this STS token on every request; default none (a token is refused)\n" +
        "  --state-file PATH         load state from PATH if it exists and save it there after every change; the folder\n" +
        "                            must exist; default memory only\n" +
        "  --seed PATH               replace the built-in seed (templates, domains, clusters, VOD groups) with PATH\n" +
        "  --no-throttle             turn off the documented QPS limits\n" +
        "  --help, -h                print this help and exit\n" +
        "  --version                 print the version and exit";

    /// <summary>The emulator's version (the assembly's informational version without build metadata).</summary>
    public static string Version
    {
        get
        {
            var version = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>The text to print before exiting 0 when the arguments ask for help or the version; otherwise null.</summary>
    public static string? ImmediateAnswer(IReadOnlyList<string> args) =>
        args.Any(a => a is "--help" or "-h") ? Usage
        : args.Contains("--version") ? "alicloud-live-emulator " + Version
        : null;

    /// <summary>The options, or an ArgumentException naming the bad flag.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            options = flag switch
            {
                "--listen" => options with { Listen = Value(args, ref i) },
                "--access-key-id" => options with { AccessKeyId = Value(args, ref i) },
                "--access-key-secret" => options with { AccessKeySecret = Value(args, ref i) },
                "--security-token" => options with { SecurityToken = Value(args, ref i) },
                "--state-file" => options with { StateFile = Value(args, ref i) },
                "--seed" => options with { SeedFile = Value(args, ref i) },
                "--no-throttle" => options with { NoThrottle = true },
                _ => throw new ArgumentException($"unknown flag {flag} (--help lists the flags)"),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
