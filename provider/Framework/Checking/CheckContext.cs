using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>
/// What a resource's own cross-property validation sees: the new inputs (secrets revealed, defaults applied,
/// unknowns possible during preview), the old inputs (empty on create) and the clock.
/// </summary>
public sealed record CheckContext(PropertyMap Inputs, PropertyMap OldInputs, DateTimeOffset Now)
{
    public bool IsCreate => OldInputs.Count == 0;

    /// <summary>
    /// True when the value will be sent to the cloud: on create, or when it changed. Rules about "now" apply only
    /// then, so an old start time does not fail the next update of another property.
    /// </summary>
    public bool WillSend(string name) =>
        IsCreate || !Schema.ValueReading.SameValue(OldInputs.GetOrNull(name), Inputs.GetOrNull(name));

    public bool IsKnown(string name) => Inputs.GetOrNull(name) is { ContainsUnknowns: false };
}
