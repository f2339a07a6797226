using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Faults;

/// <summary>The injected faults, consumed one call at a time in the order they were added.</summary>
public sealed class FaultBoard
{
    private readonly List<Fault> _faults = [];

    public void Add(Fault fault)
    {
        lock (_faults)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>The first fault matching the action, with its count decremented (removed at zero).</summary>
    public Fault? Take(string action)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Matches(action));
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining == 0)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }

    public int Clear()
    {
        lock (_faults)
        {
            var n = _faults.Count;
            _faults.Clear();
            return n;
        }
    }

    public JsonArray ToJson()
    {
        lock (_faults)
        {
            return new JsonArray(_faults.Select(f => (JsonNode)f.ToJson()).ToArray());
        }
    }
}
