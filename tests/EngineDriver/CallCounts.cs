namespace AlicloudLive.Driver;

/// <summary>One action's counters in the emulator (GET /_emulator/calls): calls answered or dropped, of which throttled, of which failed otherwise.</summary>
public readonly record struct ActionCalls(int Calls, int Throttled, int Failed)
{
    /// <summary>What happened between two readings.</summary>
    public static ActionCalls operator -(ActionCalls later, ActionCalls earlier) =>
        new(later.Calls - earlier.Calls, later.Throttled - earlier.Throttled, later.Failed - earlier.Failed);

    /// <summary>"3 calls, 1 throttled" (the reliability report's wording).</summary>
    public override string ToString()
    {
        var parts = new List<string> { Calls == 1 ? "1 call" : $"{Calls} calls" };
        if (Throttled > 0)
        {
            parts.Add($"{Throttled} throttled");
        }

        if (Failed > 0)
        {
            parts.Add($"{Failed} failed");
        }

        return string.Join(", ", parts);
    }
}

/// <summary>The emulator's call counters; subtracting two readings gives what happened in between.</summary>
public sealed record CallCounts(IReadOnlyDictionary<string, ActionCalls> ByAction)
{
    public int Total => ByAction.Values.Sum(c => c.Calls);

    public int Throttled => ByAction.Values.Sum(c => c.Throttled);

    /// <summary>One action's counters; zero for an action never called.</summary>
    public ActionCalls Of(string action) => ByAction.GetValueOrDefault(action);

    public CallCounts Since(CallCounts earlier) => new(ByAction.ToDictionary(kv => kv.Key, kv => kv.Value - earlier.Of(kv.Key), StringComparer.Ordinal));

    /// <summary>"Action calls (throttled)" for every action that was called, e.g. "CreateLivePullToPush 200 (0 throttled)".</summary>
    public string Describe() => string.Join(", ", ByAction.Where(kv => kv.Value.Calls > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .Select(kv => $"{kv.Key} {kv.Value.Calls} ({kv.Value.Throttled} throttled)"));
}
