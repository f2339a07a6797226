using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>
/// The plugin accepts resource references (Handshake's acceptResources), so where a program passes a resource object
/// the engine sends a reference, also where the schema wants a string (a YAML program's <c>domainName: ${domain}</c>,
/// a dynamic language's resource in place of its id). Where a string is wanted, the reference stands for its id, as an
/// engine that does not send references would have sent it; the id may be unknown in a preview. A reference with no
/// id (a component) is left for the type check to name.
/// </summary>
internal static class ReferenceIds
{
    public static PropertyMap Resolve(IReadOnlyList<PropertyDefinition> properties, PropertyMap values)
    {
        foreach (var property in properties)
        {
            if (values.GetOrNull(property.Name) is { } value)
            {
                values = values.Set(property.Name, Resolve(property.Type, value));
            }
        }

        return values;
    }

    private static PropertyValue Resolve(TypeRef type, PropertyValue value) => (type, value) switch
    {
        (_, SecretValue secret) => new SecretValue(Resolve(type, secret.Inner)),
        (ScalarType { Name: "string" } or EnumType, ResourceReferenceValue { Id: { } id }) => id,
        (ArrayType array, ArrayValue items) => new ArrayValue([.. items.Items.Select(item => Resolve(array.Items, item))]),
        (MapType map, ObjectValue entries) => new ObjectValue(PropertyMap.Of(entries.Properties.Select(kv =>
            KeyValuePair.Create(kv.Key, Resolve(map.Values, kv.Value))))),
        (ObjectType obj, ObjectValue fields) => new ObjectValue(Resolve(obj.Properties, fields.Properties)),
        _ => value,
    };
}
