using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>Builds output maps from typed cloud responses; null values are left out (absent, not null).</summary>
internal sealed class MapBuilder
{
    private readonly List<KeyValuePair<string, PropertyValue>> _items = [];

    public MapBuilder Add(string key, string? value) => value is null ? this : Add(key, PropertyValue.From(value));

    public MapBuilder Add(string key, double? value) => value is null ? this : Add(key, PropertyValue.From(value.Value));

    public MapBuilder Add(string key, bool? value) => value is null ? this : Add(key, PropertyValue.From(value.Value));

    public MapBuilder Add(string key, PropertyMap? value) => value is null ? this : Add(key, new ObjectValue(value));

    public MapBuilder Add(string key, IEnumerable<string>? values) =>
        values is null ? this : Add(key, new ArrayValue(values.Select(PropertyValue.From)));

    public MapBuilder Add(string key, PropertyValue? value)
    {
        if (value is not null)
        {
            _items.Add(KeyValuePair.Create(key, value));
        }

        return this;
    }

    public PropertyMap Build() => PropertyMap.Of(_items);
}
