using AlicloudLive.Values;

namespace AlicloudLive.Driver;

/// <summary>What the engine records for a resource: its URN, id, checked inputs and outputs (secrets still wrapped).</summary>
public sealed record ResourceState(string Type, string Name, string Urn, string Id, PropertyMap Inputs, PropertyMap Outputs)
{
    public string? Output(string key) => Outputs.GetString(key);
}

/// <summary>How an update went: the diff the engine saw and the state after it.</summary>
public sealed record UpdateOutcome(Pulumirpc.DiffResponse Diff, ResourceState State, bool Replaced);
