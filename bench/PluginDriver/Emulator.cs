using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AlicloudLive.PluginDriver;

/// <summary>The built emulator (QPS limits on, as documented) and the admin calls the figures need.</summary>
internal sealed class Emulator : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly HttpClient _admin;

    private Emulator(ChildProcess process)
    {
        _process = process;
        _admin = new HttpClient { BaseAddress = new Uri(process.FirstLine) };
    }

    public string BaseUrl => _process.FirstLine;

    public static async Task<Emulator> StartAsync() => new(await ChildProcess.StartAsync(Repository.EmulatorBinary, []));

    /// <summary>Forgets every object, call count and QPS window.</summary>
    public async Task ResetAsync()
    {
        using var response = await _admin.PostAsJsonAsync(new Uri("/_emulator/reset", UriKind.Relative), new JsonObject());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Per action: calls answered, of which throttled, of which failed otherwise.</summary>
    public async Task<CallCounts> CallsAsync()
    {
        var json = JsonNode.Parse(await _admin.GetStringAsync(new Uri("/_emulator/calls", UriKind.Relative)))!.AsObject();
        return new CallCounts(json.ToDictionary(
            kv => kv.Key,
            kv => new ActionCalls((int)kv.Value!["calls"]!, (int)kv.Value["throttled"]!, (int)kv.Value["failed"]!),
            StringComparer.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _process.DisposeAsync();
    }
}

internal sealed record ActionCalls(int Calls, int Throttled, int Failed);

/// <summary>The emulator's call counters; subtracting two readings gives what happened in between.</summary>
internal sealed record CallCounts(IReadOnlyDictionary<string, ActionCalls> ByAction)
{
    public int Total => ByAction.Values.Sum(c => c.Calls);

    public int Throttled => ByAction.Values.Sum(c => c.Throttled);

    public ActionCalls Of(string action) => ByAction.GetValueOrDefault(action) ?? new ActionCalls(0, 0, 0);

    public CallCounts Since(CallCounts earlier) => new(ByAction.ToDictionary(
        kv => kv.Key,
        kv => new ActionCalls(kv.Value.Calls - earlier.Of(kv.Key).Calls, kv.Value.Throttled - earlier.Of(kv.Key).Throttled, kv.Value.Failed - earlier.Of(kv.Key).Failed),
        StringComparer.Ordinal));

    /// <summary>"Action calls (throttled)" for every action that was called, e.g. "CreateLivePullToPush 200 (0 throttled)".</summary>
    public string Describe() => string.Join(", ", ByAction.Where(kv => kv.Value.Calls > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .Select(kv => $"{kv.Key} {kv.Value.Calls} ({kv.Value.Throttled} throttled)"));
}
