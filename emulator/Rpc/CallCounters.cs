using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>Per-action counts of calls, throttled answers and other failures (admin calls are not counted).</summary>
public sealed class CallCounters
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public void Record(string action, CallOutcome outcome)
    {
        lock (_counts)
        {
            if (!_counts.TryGetValue(action, out var c))
            {
                _counts[action] = c = new int[3];
            }

            c[0]++;
            if (outcome == CallOutcome.Throttled)
            {
                c[1]++;
            }
            else if (outcome == CallOutcome.Failed)
            {
                c[2]++;
            }
        }
    }

    public JsonObject ToJson()
    {
        lock (_counts)
        {
            var json = new JsonObject();
            foreach (var (action, c) in _counts)
            {
                json[action] = new JsonObject { ["calls"] = c[0], ["throttled"] = c[1], ["failed"] = c[2] };
            }

            return json;
        }
    }

    public void Clear()
    {
        lock (_counts)
        {
            _counts.Clear();
        }
    }
}

public enum CallOutcome
{
    Succeeded,
    Throttled,
    Failed,
}
