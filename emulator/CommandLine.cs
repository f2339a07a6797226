namespace AlicloudLive.Emulator;

/// <summary>Parses the emulator's flags into EmulatorOptions.</summary>
public static class CommandLine
{
    public const string Usage =
        "usage: alicloud-live-emulator [--listen 127.0.0.1:PORT] [--access-key-id ID --access-key-secret SECRET]\n" +
        "                              [--security-token TOKEN] [--state-file PATH] [--seed PATH] [--no-throttle]";

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
                _ => throw new ArgumentException($"unknown flag {flag}"),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
