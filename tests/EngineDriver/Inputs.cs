using System.Globalization;
using AlicloudLive.Values;

namespace AlicloudLive.Driver;

/// <summary>
/// Typed changes to a resource's inputs, as a program's SDK sends them through the engine: a string, a number (a
/// double on the wire), a bool, a list of strings, an object, or a time as the APIs' UTC text.
/// <c>task.Inputs.With("region", "cn-beijing").With("startTime", DateTimeOffset.UtcNow.AddHours(2))</c>
/// </summary>
public static class Inputs
{
    public static PropertyMap With(this PropertyMap map, string key, string value) => map.Set(key, PropertyValue.From(value));

    public static PropertyMap With(this PropertyMap map, string key, double value) => map.Set(key, PropertyValue.From(value));

    public static PropertyMap With(this PropertyMap map, string key, bool value) => map.Set(key, PropertyValue.From(value));

    public static PropertyMap With(this PropertyMap map, string key, DateTimeOffset time) => map.With(key, Utc(time));

    public static PropertyMap With(this PropertyMap map, string key, IEnumerable<string> items) =>
        map.Set(key, new ArrayValue(items.Select(PropertyValue.From)));

    public static PropertyMap With(this PropertyMap map, string key, PropertyMap fields) => map.Set(key, new ObjectValue(fields));

    /// <summary>An input value given as test-case data: any of the types above.</summary>
    public static PropertyMap WithValue(this PropertyMap map, string key, object value) => value switch
    {
        string s => map.With(key, s),
        int n => map.With(key, n),
        double n => map.With(key, n),
        bool b => map.With(key, b),
        DateTimeOffset t => map.With(key, t),
        IEnumerable<string> items => map.With(key, items),
        PropertyMap fields => map.With(key, fields),
        _ => throw new ArgumentException($"{value.GetType().Name} is not an input type", nameof(value)),
    };

    /// <summary>A time as the APIs take it: UTC to the second, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
