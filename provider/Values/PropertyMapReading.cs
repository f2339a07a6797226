namespace AlicloudLive.Values;

/// <summary>
/// Typed reads of top-level properties for the framework. Each sees through secret and known output-value
/// wrappers and returns null when the property is absent, null or unknown; a value of another type raises
/// <see cref="PropertyValueFormatException"/> naming the key.
/// </summary>
public static class PropertyMapReading
{
    /// <summary>The value under its secret and known output-value wrappers, at the top level only.</summary>
    public static PropertyValue Unwrap(PropertyValue v)
    {
        ArgumentNullException.ThrowIfNull(v);
        while (true)
        {
            switch (v)
            {
                case SecretValue s:
                    v = s.Inner;
                    break;
                case OutputValue { Value: { } known }:
                    v = known;
                    break;
                default:
                    return v;
            }
        }
    }

    public static string? GetString(this PropertyMap map, string key) => Read<StringValue, string>(map, key, "a string", s => s.Value);

    public static double? GetNumber(this PropertyMap map, string key) => Read<NumberValue, double?>(map, key, "a number", n => n.Value);

    public static bool? GetBool(this PropertyMap map, string key) => Read<BoolValue, bool?>(map, key, "a bool", b => b.Value);

    public static PropertyMap? GetObject(this PropertyMap map, string key) => Read<ObjectValue, PropertyMap>(map, key, "an object", o => o.Properties);

    public static IReadOnlyList<PropertyValue>? GetArray(this PropertyMap map, string key) =>
        Read<ArrayValue, IReadOnlyList<PropertyValue>>(map, key, "an array", a => a.Items);

    // TResult is nullable at every call site (double?, not double) so that default means "no value".
    private static TResult? Read<TValue, TResult>(PropertyMap map, string key, string expected, Func<TValue, TResult> select)
        where TValue : PropertyValue
    {
        ArgumentNullException.ThrowIfNull(map);
        var value = map.GetOrNull(key) is { } found ? Unwrap(found) : null;
        return value switch
        {
            null or NullValue or UnknownValue or OutputValue { Value: null } => default,
            TValue typed => select(typed),
            _ => throw new PropertyValueFormatException(PropertyPath.Key("", key), $"expected {expected}, got {ValueKinds.Describe(value)}"),
        };
    }
}
