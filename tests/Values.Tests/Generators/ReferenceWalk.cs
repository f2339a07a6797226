namespace AlicloudLive.Values.Tests.Generators;

/// <summary>An independent, test-side walk over value trees, to check the model's own answers against.</summary>
internal static class ReferenceWalk
{
    /// <summary>Every value in the tree, the root included, in pre-order.</summary>
    public static IEnumerable<PropertyValue> Descendants(PropertyValue v)
    {
        yield return v;
        foreach (var child in Children(v).SelectMany(Descendants))
        {
            yield return child;
        }
    }

    public static bool HasSecret(PropertyValue v) =>
        Descendants(v).Any(d => d is SecretValue or OutputValue { IsSecret: true });

    public static bool HasUnknown(PropertyValue v) =>
        Descendants(v).Any(d => d is UnknownValue or OutputValue { Value: null });

    private static IEnumerable<PropertyValue> Children(PropertyValue v) => v switch
    {
        ArrayValue a => a.Items,
        ObjectValue o => o.Properties.Values,
        SecretValue s => [s.Inner],
        OutputValue { Value: { } known } => [known],
        ResourceReferenceValue { Id: { } id } => [id],
        OpaqueSpecialValue o => o.Fields.Values,
        _ => [],
    };
}
