using System.Text.Json.Nodes;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>The emulator's counters for one action (GET /_emulator/calls): answered or dropped calls, throttled, failed.</summary>
public readonly record struct ActionCalls(int Calls, int Throttled, int Failed)
{
    public static ActionCalls Of(JsonObject calls, string action) =>
        new((int?)calls[action]?["calls"] ?? 0, (int?)calls[action]?["throttled"] ?? 0, (int?)calls[action]?["failed"] ?? 0);

    public static ActionCalls operator -(ActionCalls a, ActionCalls b) => new(a.Calls - b.Calls, a.Throttled - b.Throttled, a.Failed - b.Failed);

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
