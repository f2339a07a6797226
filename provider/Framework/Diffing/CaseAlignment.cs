using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Diffing;

/// <summary>
/// Makes an old value that differs from the new one only in the case of an <see cref="PropertyDefinition.IgnoreCase"/>
/// string take the new value's case, also inside objects and lists, so a value the cloud re-cased (read back by a
/// refresh) is no change.
/// </summary>
internal static class CaseAlignment
{
    public static PropertyMap Align(IReadOnlyList<PropertyDefinition> properties, PropertyMap olds, PropertyMap news)
    {
        foreach (var property in properties)
        {
            if (olds.GetOrNull(property.Name) is { } old && news.GetOrNull(property.Name) is { } now)
            {
                var aligned = Align(property, property.Type, old, now);
                if (!ReferenceEquals(aligned, old))
                {
                    olds = olds.Set(property.Name, aligned);
                }
            }
        }

        return olds;
    }

    private static PropertyValue Align(PropertyDefinition property, TypeRef type, PropertyValue old, PropertyValue now) => (type, old, now) switch
    {
        (_, StringValue o, StringValue n) when property.IgnoreCase && o.Value != n.Value
            && string.Equals(o.Value, n.Value, StringComparison.OrdinalIgnoreCase) => n,
        (ArrayType a, ArrayValue o, ArrayValue n) when o.Items.Length == n.Items.Length =>
            Rebuild(o, o.Items.Select((item, i) => Align(property, a.Items, item, n.Items[i])).ToArray()),
        (ObjectType t, ObjectValue o, ObjectValue n) => Rebuild(o, Align(t.Properties, o.Properties, n.Properties)),
        _ => old,
    };

    private static PropertyValue Rebuild(ArrayValue old, PropertyValue[] items) =>
        items.Where((item, i) => !ReferenceEquals(item, old.Items[i])).Any() ? new ArrayValue(items) : old;

    private static PropertyValue Rebuild(ObjectValue old, PropertyMap properties) =>
        ReferenceEquals(properties, old.Properties) ? old : new ObjectValue(properties);
}
