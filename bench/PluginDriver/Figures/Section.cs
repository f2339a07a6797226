namespace AlicloudLive.PluginDriver.Figures;

/// <summary>One figure of the report: its heading, the commands that reproduce it, its summary rows and its details.</summary>
internal sealed record Section(string Heading, IReadOnlyList<string> Commands, IReadOnlyList<SummaryRow> Summary, IReadOnlyList<string> Details);

/// <summary>A line of the summary table: what was measured, the target (if any) and whether it was met.</summary>
internal sealed record SummaryRow(string Figure, string Measured, string Target, bool? Met);

/// <summary>Shared by the figures: one engine Log service, and the peak memory the load phases saw.</summary>
internal sealed class BenchContext : IAsyncDisposable
{
    private BenchContext(EngineLog engine) => Engine = engine;

    public EngineLog Engine { get; }

    public List<(string Phase, MemoryPeak Peak)> Memory { get; } = [];

    public static async Task<BenchContext> StartAsync() => new(await EngineLog.StartAsync());

    public static IReadOnlyList<string> Command(params string[] figures) =>
        figures.Select(f => $"dotnet run -c Release --project bench/PluginDriver -- --figure {f}").ToList();

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}
