using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>
/// Provider configuration as the engine sends it, made typed. `pulumi config set` makes every stack value a string
/// (default providers), and SDK-made providers JSON-encode every non-string input, so a non-string key is read from
/// its JSON text ("3", "true", "[...]"; also a JSON string holding that text, "\"3\""). A secret-wrapped null is
/// what an SDK sends for an unset secret input: it is missing. Every secret key comes back as a secret.
/// </summary>
public static class ConfigValues
{
    /// <summary>Keys the engine itself adds to a provider's inputs (pkg/resource/deploy/providers in pulumi/pulumi).</summary>
    private static readonly HashSet<string> EngineKeys = new(StringComparer.Ordinal) { "version", "pluginDownloadURL", "pluginChecksums", "parameter" };

    /// <summary>The typed configuration and what is wrong with it; unknown keys fail only when <paramref name="rejectUnknownKeys"/>.</summary>
    public static CheckOutcome Normalize(IReadOnlyList<PropertyDefinition> config, PropertyMap raw, string package, bool rejectUnknownKeys)
    {
        var failures = new List<CheckFailure>();
        var values = PropertyMap.Empty;
        var unreadable = new List<string>();
        foreach (var (key, value) in raw)
        {
            var declared = config.FirstOrDefault(c => c.Name == key);
            if (declared is null)
            {
                if (rejectUnknownKeys && !IsEngineKey(key))
                {
                    failures.Add(new CheckFailure(key, UnknownKeyReason(key, config, package)));
                }

                values = values.Set(key, value);
                continue;
            }

            var inner = value is SecretValue s ? s.Inner : value;
            if (inner is NullValue)
            {
                continue;
            }

            if (inner is StringValue text && IsReadFromJson(declared.Type))
            {
                if (FromJsonText(text.Value, declared.Type) is not { } typed)
                {
                    failures.Add(new CheckFailure(key, NotJsonReason(declared, text.Value)));
                    unreadable.Add(key);
                    values = values.Set(key, value);
                    continue;
                }

                inner = typed;
            }

            var secret = declared.Secret || value is SecretValue;
            values = values.Set(key, inner.ContainsUnknowns ? value : secret ? SecretValues.MakeSecret(inner) : inner);
        }

        // A key whose text was not readable is reported once, above, not again as "must be a whole number".
        var readable = unreadable.Aggregate(values, (map, key) => map.Remove(key));
        TypeChecker.CheckProperties(string.Empty, config, readable, package, failures, rejectUnknownKeys: false);
        return new CheckOutcome(values, failures);
    }

    private static bool IsEngineKey(string key) => EngineKeys.Contains(key) || key.StartsWith("__", StringComparison.Ordinal);

    private static bool IsReadFromJson(TypeRef type) => type is ScalarType { Name: not "string" } or ArrayType or MapType or ObjectType;

    /// <summary>The value the JSON text stands for, when it has the shape the type needs; otherwise null.</summary>
    private static PropertyValue? FromJsonText(string text, TypeRef type)
    {
        var value = ParseJson(text);
        if (value is StringValue quoted)
        {
            value = ParseJson(quoted.Value);
        }

        return (type, value) switch
        {
            (ScalarType { Name: "boolean" }, BoolValue) => value,
            (ScalarType { Name: "number" or "integer" }, NumberValue) => value,
            (ArrayType, ArrayValue) => value,
            (MapType or ObjectType, ObjectValue) => value,
            _ => null,
        };
    }

    private static PropertyValue? ParseJson(string text)
    {
        try
        {
            return PropertyValueJson.FromJson(JsonNode.Parse(text));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string NotJsonReason(PropertyDefinition declared, string text)
    {
        var expected = declared.Type switch
        {
            ScalarType { Name: "boolean" } => "must be true or false (or the text \"true\" or \"false\")",
            ScalarType { Name: "integer" } => "must be a whole number (a number, or its text such as \"3\")",
            ScalarType { Name: "number" } => "must be a number (a number, or its text such as \"1.5\")",
            ArrayType => "must be a list (or its JSON text)",
            _ => "must be an object (or its JSON text)",
        };
        return declared.Secret ? $"{expected}; the text given is not one" : $"{expected}, not \"{text}\"";
    }

    private static string UnknownKeyReason(string key, IReadOnlyList<PropertyDefinition> config, string package)
    {
        var closest = config.Select(c => c.Name).MinBy(name => Distance(key.ToLowerInvariant(), name.ToLowerInvariant()));
        var hint = closest is not null && Distance(key.ToLowerInvariant(), closest.ToLowerInvariant()) <= Math.Max(2, closest.Length / 3)
            ? $"did you mean {closest}? "
            : string.Empty;
        return $"is not a configuration key of {package}; {hint}known keys: {string.Join(", ", config.Select(c => c.Name))}";
    }

    /// <summary>Edit distance (insertions, deletions, substitutions), for suggesting the key a typo meant.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
