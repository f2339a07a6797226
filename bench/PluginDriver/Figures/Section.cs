namespace AlicloudLive.PluginDriver.Figures;

/// <summary>One figure of the report: its heading, the commands that reproduce it, its summary rows and its details.</summary>
internal sealed record Section(string Heading, IReadOnlyList<string> Commands, IReadOnlyList<SummaryRow> Summary, IReadOnlyList<string> Details);

/// <summary>A line of the summary table: what was measured, the target (if any) and whether it was met.</summary>
internal sealed record SummaryRow(string Figure, string Measured, string Target, bool? Met);

/// <summary>A plugin binary the figures measure: this commit's build, or an earlier build measured beside it.</summary>
internal sealed record PluginBuild(string Label, string Binary);

/// <summary>Shared by the figures: the builds they measure, how they start the plugin, and the peak memory the load phases saw.</summary>
internal sealed class BenchContext(PluginBuild? before)
{
    /// <summary>A guard against a hung call only: under the QPS limits a create may wait its turn for many seconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    public PluginBuild Current { get; } = new("this commit", RepoPaths.PluginBinary);

    /// <summary>An earlier build (`--before`), measured in the same run where a figure compares builds.</summary>
    public PluginBuild? Before { get; } = before;

    public IReadOnlyList<PluginBuild> Builds => Before is null ? [Current] : [Before, Current];

    /// <summary>The smallest Native AOT Grpc.AspNetCore server (bench/ReferenceServer), published by `make bench`.</summary>
    public static string ReferenceServer => Path.Combine(RepoPaths.Bin, "reference", "reference-grpc-server");

    public List<(string Phase, MemoryPeak Peak)> Memory { get; } = [];

    public static IReadOnlyList<string> Command(params string[] figures) =>
        figures.Select(f => $"dotnet run -c Release --project bench/PluginDriver -- --figure {f}").ToList();

    /// <summary>
    /// The plugin as a plain `pulumi up` starts it (the engine's address alone, no debug flags), configured against the
    /// emulator with everything else at its default (maxRetries 5).
    /// </summary>
    public static async Task<PluginSession> StartPluginAsync(
        EmulatorProcess emulator, IReadOnlyDictionary<string, string>? env = null, PluginBuild? build = null)
    {
        var plugin = await PluginSession.StartAsync(env, debugFlags: false, callTimeout: HangGuard, binary: build?.Binary);
        await plugin.ConfigureForEmulatorAsync(emulator.BaseUrl, maxRetries: null);
        return plugin;
    }
}
