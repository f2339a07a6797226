using System.Globalization;
using AlicloudLive.Cloud.Json;
using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Cloud.Http;

/// <summary>
/// An operation's query parameters in the documented encodings. A null value is not sent at all.
/// </summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public QueryParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Integers as decimal strings.</summary>
    public QueryParameters Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Booleans as true/false.</summary>
    public QueryParameters Add(string name, bool? value) => Add(name, value switch { null => null, true => "true", false => "false" });

    /// <summary>Switches as ON/OFF (record-config AutoCompose).</summary>
    public QueryParameters AddSwitch(string name, bool? value) => Add(name, value switch { null => null, true => "ON", false => "OFF" });

    /// <summary>Times as ISO 8601 UTC, yyyy-MM-ddTHH:mm:ssZ.</summary>
    public QueryParameters Add(string name, DateTimeOffset? value) => Add(name, value is null ? null : AcsV3Signer.FormatDate(value.Value));

    /// <summary>A JSON array of strings as one value ("shrink").</summary>
    public QueryParameters AddJsonArray(string name, IReadOnlyList<string>? values) =>
        Add(name, values is null ? null : CompactJson.Array(values));

    /// <summary>A JSON object as one value ("shrink"), empty fields left out.</summary>
    public QueryParameters AddJsonObject(string name, bool present, params (string Name, string? Value)[] fields) =>
        Add(name, present ? CompactJson.Object(fields) : null);

    /// <summary>A flattened 1-based list of scalars: Name.1=a&amp;Name.2=b ("repeatList").</summary>
    public QueryParameters AddFlattened(string name, IReadOnlyList<string>? values)
    {
        for (var i = 0; values is not null && i < values.Count; i++)
        {
            Add($"{name}.{i + 1}", values[i]);
        }

        return this;
    }

    /// <summary>A flattened 1-based list of objects: Name.1.Field=v ("repeatList"), null fields left out.</summary>
    public QueryParameters AddFlattened<T>(string name, IReadOnlyList<T>? items, Func<T, IEnumerable<(string Field, string? Value)>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            foreach (var (field, value) in fields(items[i]))
            {
                Add($"{name}.{i + 1}.{field}", value);
            }
        }

        return this;
    }
}
