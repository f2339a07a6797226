using AlicloudLive.Values;

namespace AlicloudLive.Framework.Models;

/// <summary>
/// The codec half of generated model code. Reads see through secrets and take an absent, null or unknown value as
/// null, like <see cref="PropertyMapReading"/>; a required property that is missing is a defect (Check puts it there).
/// </summary>
public static class ModelCodec
{
    public static T Required<T>(T? value, string model, string name)
        where T : class =>
        value ?? throw new InvalidOperationException($"{model}: {name} is required but missing (Check makes sure it is set)");

    public static T Required<T>(T? value, string model, string name)
        where T : struct =>
        value ?? throw new InvalidOperationException($"{model}: {name} is required but missing (Check makes sure it is set)");

    public static int? Int(PropertyMap map, string name) => map.GetNumber(name) is { } n ? (int)n : null;

    public static IReadOnlyList<string>? Strings(PropertyMap map, string name) =>
        map.GetArray(name)?.Select(item => PropertyMapReading.Unwrap(item) is StringValue s ? s.Value : "").ToList();

    public static T? Object<T>(PropertyMap map, string name, Func<PropertyMap, T> decode)
        where T : class =>
        map.GetObject(name) is { } found ? decode(found) : null;

    public static IReadOnlyList<T>? Objects<T>(PropertyMap map, string name, Func<PropertyMap, T> decode) =>
        map.GetArray(name)?.Select(item => PropertyMapReading.Unwrap(item) is ObjectValue o ? decode(o.Properties) : decode(PropertyMap.Empty)).ToList();
}

/// <summary>Builds a model's map; null values are left out (absent, not null).</summary>
public sealed class ModelWriter
{
    private readonly List<KeyValuePair<string, PropertyValue>> _items = [];

    public ModelWriter Add(string name, string? value) => Add(name, value is null ? null : PropertyValue.From(value));

    public ModelWriter Add(string name, double? value) => Add(name, value is null ? null : PropertyValue.From(value.Value));

    public ModelWriter Add(string name, bool? value) => Add(name, value is null ? null : PropertyValue.From(value.Value));

    public ModelWriter Add(string name, IEnumerable<string>? values) =>
        Add(name, values is null ? null : new ArrayValue(values.Select(PropertyValue.From)));

    public ModelWriter Add(string name, PropertyMap? value) => Add(name, value is null ? null : new ObjectValue(value));

    public ModelWriter Add(string name, IEnumerable<PropertyMap>? values) =>
        Add(name, values is null ? null : new ArrayValue(values.Select(v => (PropertyValue)new ObjectValue(v))));

    public ModelWriter Add(string name, PropertyValue? value)
    {
        if (value is not null)
        {
            _items.Add(KeyValuePair.Create(name, value));
        }

        return this;
    }

    public PropertyMap Build() => PropertyMap.Of(_items);
}
