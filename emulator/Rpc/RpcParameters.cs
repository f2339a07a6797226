using System.Globalization;
using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>
/// The decoded request parameters (query string plus form body) with typed readers that answer
/// MissingParameter / InvalidParameter the way the service does.
/// </summary>
public sealed class RpcParameters
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private readonly IReadOnlyDictionary<string, string> _values;

    public RpcParameters(IReadOnlyDictionary<string, string> values) => _values = values;

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Optional(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string Required(string name)
    {
        var value = Optional(name);
        return string.IsNullOrEmpty(value) ? throw ApiException.Missing(name) : value;
    }

    public int? OptionalInt(string name, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw ApiException.Invalid(name, $"\"{text}\" is not an integer.");
        }

        return value < min || value > max
            ? throw ApiException.Invalid(name, $"{value} is outside the allowed range {min}–{max}.")
            : value;
    }

    public DateTimeOffset? OptionalTime(string name)
    {
        var text = Optional(name);
        return text is null ? null : ParseTime(name, text);
    }

    public DateTimeOffset RequiredTime(string name) => ParseTime(name, Required(name));

    /// <summary>Parses a JSON-string ("shrink") parameter.</summary>
    public JsonNode? OptionalJson(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) ?? throw ApiException.Invalid(name, "null is not allowed.");
        }
        catch (System.Text.Json.JsonException)
        {
            throw ApiException.Invalid(name, "the value is not valid JSON.");
        }
    }

    /// <summary>Reads a flattened list: Prefix.1, Prefix.2, … in index order.</summary>
    public List<string>? FlattenedList(string prefix) =>
        Indexed(prefix).Select(e => e.Key.Length == 0 ? e.Value : throw ApiException.Invalid(prefix, $"unexpected field {e.Key}."))
            .ToList() is { Count: > 0 } list ? list : null;

    /// <summary>Reads a flattened list of objects: Prefix.1.Field, Prefix.2.Field, ….</summary>
    public List<Dictionary<string, string>>? FlattenedObjects(string prefix)
    {
        var items = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in _values)
        {
            if (!TrySplitIndexed(prefix, key, out var index, out var field) || field.Length == 0)
            {
                continue;
            }

            if (!items.TryGetValue(index, out var item))
            {
                items[index] = item = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            item[field] = value;
        }

        return items.Count == 0 ? null : items.Values.ToList();
    }

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string name, string text) =>
        DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw ApiException.Invalid(name, $"\"{text}\" is not a UTC time in the format yyyy-MM-ddTHH:mm:ssZ.");

    private IEnumerable<KeyValuePair<string, string>> Indexed(string prefix)
    {
        var items = new SortedDictionary<int, KeyValuePair<string, string>>();
        foreach (var (key, value) in _values)
        {
            if (TrySplitIndexed(prefix, key, out var index, out var field))
            {
                items[index] = new(field, value);
            }
        }

        return items.Values;
    }

    private static bool TrySplitIndexed(string prefix, string key, out int index, out string field)
    {
        index = 0;
        field = "";
        if (!key.StartsWith(prefix + ".", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key[(prefix.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var indexText = dot < 0 ? rest : rest[..dot];
        field = dot < 0 ? "" : rest[(dot + 1)..];
        return int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index >= 1
            ? true
            : throw ApiException.Invalid(key, "list parameters are numbered from 1.");
    }
}
