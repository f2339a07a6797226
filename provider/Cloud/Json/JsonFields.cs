using System.Globalization;
using System.Text.Json;

namespace AlicloudLive.Cloud.Json;

/// <summary>
/// Tolerant readers for Alibaba Cloud response bodies: names match case-insensitively (CallbackURL/CallbackUrl),
/// numbers may arrive as strings and strings as numbers, lists may be bare arrays or wrapped in an object.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Field(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty(name, out var exact))
        {
            return exact.ValueKind == JsonValueKind.Null ? null : exact;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    public static string? Str(this JsonElement element, string name) => element.Field(name) is { } value ? AsString(value) : null;

    public static int? Int(this JsonElement element, string name) => element.Long(name) is { } value ? checked((int)value) : null;

    public static long? Long(this JsonElement element, string name)
    {
        var value = element.Field(name);
        return value?.ValueKind switch
        {
            JsonValueKind.Number when value.Value.TryGetInt64(out var n) => n,
            JsonValueKind.Number when value.Value.TryGetDouble(out var d) => (long)d,
            JsonValueKind.String when long.TryParse(value.Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    /// <summary>"ON"/"OFF", "true"/"false" or a JSON boolean.</summary>
    public static bool? Switch(this JsonElement element, string name)
    {
        var value = element.Field(name);
        if (value?.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        return element.Str(name)?.Trim().ToUpperInvariant() switch
        {
            "ON" or "TRUE" or "1" => true,
            "OFF" or "FALSE" or "0" => false,
            _ => null,
        };
    }

    /// <summary>An ISO 8601 string, or a unix time in seconds (or milliseconds when it is too large for seconds).</summary>
    public static DateTimeOffset? Time(this JsonElement element, string name)
    {
        var text = element.Str(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix))
        {
            return unix > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }

    /// <summary>Items of a list that may be a bare array or an object wrapping one array ({"Job": [...]}).</summary>
    public static IReadOnlyList<JsonElement> List(this JsonElement element, string name) =>
        element.Field(name) is { } value ? Items(value) : [];

    /// <summary>Strings of a list given as an array, a wrapped array, a JSON-array string or a comma-separated string.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement element, string name)
    {
        if (element.Field(name) is not { } value)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            if (text.StartsWith('['))
            {
                try
                {
                    using var parsed = JsonDocument.Parse(text);
                    return Items(parsed.RootElement).Select(AsString).OfType<string>().ToList();
                }
                catch (JsonException)
                {
                    return [text];
                }
            }

            return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return Items(value).Select(AsString).OfType<string>().ToList();
    }

    /// <summary>The nested object, or the element itself when the API flattened it into the parent.</summary>
    public static JsonElement ObjectOrSelf(this JsonElement element, string name) =>
        element.Field(name) is { ValueKind: JsonValueKind.Object } nested ? nested : element;

    private static IReadOnlyList<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().ToList();
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    return property.Value.EnumerateArray().ToList();
                }
            }
        }

        return [];
    }

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
