using AlicloudLive.Values;

namespace AlicloudLive.Framework.Diffing;

/// <summary>What a diff decision may look at: recorded outputs, old and new inputs (secrets revealed), the clock.</summary>
public sealed record DiffContext(PropertyMap OldOutputs, PropertyMap OldInputs, PropertyMap NewInputs, DateTimeOffset Now)
{
    /// <summary>True when the new input for <paramref name="name"/> differs from the old one (unknown counts as changed).</summary>
    public bool Changed(string name) => !Schema.ValueReading.SameValue(OldInputs.GetOrNull(name), NewInputs.GetOrNull(name));
}
