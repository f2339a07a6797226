using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AlicloudLive.Values;

/// <summary>An immutable, key-ordered map of property values with structural equality.</summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    public static readonly PropertyMap Empty = new(ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, PropertyValue> _items;

    private PropertyMap(ImmutableSortedDictionary<string, PropertyValue> items) => _items = items;

    public static PropertyMap Of(IEnumerable<KeyValuePair<string, PropertyValue>> items) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items));

    public static PropertyMap Of(params (string Key, PropertyValue Value)[] items) =>
        Of(items.Select(i => KeyValuePair.Create(i.Key, i.Value)));

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<PropertyValue> Values => _items.Values;

    public PropertyValue this[string key] => _items[key];

    /// <summary>True when any property is, or holds, a secret.</summary>
    public bool ContainsSecrets => _items.Values.Any(v => v.ContainsSecrets);

    /// <summary>True when any property is, or holds, an unknown value.</summary>
    public bool ContainsUnknowns => _items.Values.Any(v => v.ContainsUnknowns);

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PropertyValue value) => _items.TryGetValue(key, out value);

    public PropertyValue? GetOrNull(string key) => _items.TryGetValue(key, out var v) ? v : null;

    public PropertyMap Set(string key, PropertyValue value) => new(_items.SetItem(key, value));

    public PropertyMap Remove(string key) => new(_items.Remove(key));

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other) =>
        other is not null && Count == other.Count
        && _items.All(kv => other._items.TryGetValue(kv.Key, out var v) && Equals(kv.Value, v));

    public override bool Equals(object? obj) => Equals(obj as PropertyMap);

    public override int GetHashCode() => _items.Aggregate(Count, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));

    public override string ToString() => "{" + string.Join(", ", _items.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}
