using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>
/// Per-action counts of calls, throttled answers and other failures, and of the HTTP methods the calls came with
/// (admin calls are not counted).
/// </summary>
public sealed class CallCounters
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, int>> _methods = new(StringComparer.Ordinal);

    public void Record(string action, string method, CallOutcome outcome)
    {
        lock (_counts)
        {
            if (!_counts.TryGetValue(action, out var c))
            {
                _counts[action] = c = new int[3];
                _methods[action] = new SortedDictionary<string, int>(StringComparer.Ordinal);
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

            _methods[action][method] = _methods[action].GetValueOrDefault(method) + 1;
        }
    }

    public JsonObject ToJson()
    {
        lock (_counts)
        {
            var json = new JsonObject();
            foreach (var (action, c) in _counts)
            {
                var methods = new JsonObject();
                foreach (var (method, n) in _methods[action])
                {
                    methods[method] = n;
                }

                json[action] = new JsonObject { ["calls"] = c[0], ["throttled"] = c[1], ["failed"] = c[2], ["methods"] = methods };
            }

            return json;
        }
    }

    public void Clear()
    {
        lock (_counts)
        {
            _counts.Clear();
            _methods.Clear();
        }
    }
}

public enum CallOutcome
{
    Succeeded,
    Throttled,
    Failed,
}
