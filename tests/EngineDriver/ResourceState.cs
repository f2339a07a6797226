using AlicloudLive.Values;

namespace AlicloudLive.Driver;

/// <summary>
/// What the engine records for a resource: its URN, id, checked inputs and outputs (secrets still wrapped), and whether
/// the provider asked to have it read before every preview and up (refresh_before_update).
/// </summary>
public sealed record ResourceState(string Type, string Name, string Urn, string Id, PropertyMap Inputs, PropertyMap Outputs, bool RefreshBeforeUpdate = false)
{
    public string? Output(string key) => Outputs.GetString(key);
}

/// <summary>How an update went: the diff the engine saw and the state after it.</summary>
public sealed record UpdateOutcome(Pulumirpc.DiffResponse Diff, ResourceState State, bool Replaced);
