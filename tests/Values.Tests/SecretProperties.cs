using AlicloudLive.Values.Tests.Generators;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace AlicloudLive.Values.Tests;

public class SecretProperties
{
    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool Reveal_removes_every_secret(PropertyValue value)
    {
        var revealed = SecretValues.Reveal(value);
        return !ReferenceWalk.HasSecret(revealed) && !revealed.ContainsSecrets;
    }

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool Reveal_keeps_every_plain_leaf(PropertyValue value) =>
        Leaves(SecretValues.Reveal(value)).SequenceEqual(Leaves(value));

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool MakeSecret_is_secret_and_idempotent(PropertyValue value)
    {
        var once = SecretValues.MakeSecret(value);
        return SecretValues.IsSecret(once) && SecretValues.MakeSecret(once).Equals(once)
            && SecretValues.Reveal(once).Equals(SecretValues.Reveal(value));
    }

    [Property(Arbitrary = [typeof(OverlappingMapArbitraries)], MaxTest = 500)]
    public bool SecretOutputsLikeInputs_never_loses_a_secret(PropertyMap outputs, PropertyMap inputs)
    {
        var result = SecretValues.SecretOutputsLikeInputs(outputs, inputs);
        return result.Keys.SequenceEqual(outputs.Keys)
            && result.All(kv =>
                SecretValues.Reveal(kv.Value).Equals(SecretValues.Reveal(outputs[kv.Key]))
                && (!outputs[kv.Key].ContainsSecrets || kv.Value.ContainsSecrets)
                && (!(inputs.GetOrNull(kv.Key)?.ContainsSecrets ?? false) || SecretValues.IsSecret(kv.Value)));
    }

    [Property(Arbitrary = [typeof(MarkedSecretArbitraries)], MaxTest = 500)]
    public bool ToDisplayString_never_shows_a_secret_string(PropertyValue value) =>
        !PropertyValueJson.ToDisplayString(value).Contains(ValueTrees.SecretMarker, StringComparison.Ordinal);

    // Leaves other than secrets' wrappers: what Reveal must keep, in order.
    private static IEnumerable<PropertyValue> Leaves(PropertyValue v) =>
        ReferenceWalk.Descendants(v).Where(d => d is NullValue or BoolValue or NumberValue or StringValue or UnknownValue);
}
