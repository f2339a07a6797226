using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>Checks values against their declared types, required flags and validators. Unknown values pass.</summary>
internal static class TypeChecker
{
    public static void CheckProperties(
        string prefix, IReadOnlyList<PropertyDefinition> properties, PropertyMap values, string owner, List<CheckFailure> failures, bool rejectUnknownKeys = true)
    {
        foreach (var property in properties)
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            var value = values.GetOrNull(property.Name);
            if (ValueReading.IsMissing(value))
            {
                if (property.Required)
                {
                    failures.Add(new CheckFailure(path, "is required"));
                }

                continue;
            }

            CheckValue(path, property.Type, value!, failures, property);
        }

        foreach (var key in values.Keys.Where(k => rejectUnknownKeys && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            if (properties.All(p => p.Name != key))
            {
                // Path notation (["a.b"], [""]) so a name that is empty, dotted or spaced still names one property.
                var path = PropertyPath.Key(prefix, key);
                failures.Add(new CheckFailure(path, $"is not a property of {owner}; known properties: {string.Join(", ", properties.Select(p => p.Name))}"));
            }
        }
    }

    /// <summary>
    /// Checks one value; <paramref name="property"/> gives its length, case and validator rules (items of a list
    /// or map share the length and case rules, not the validators, which judge the whole value).
    /// </summary>
    private static void CheckValue(string path, TypeRef type, PropertyValue raw, List<CheckFailure> failures, PropertyDefinition property, bool item = false)
    {
        var value = SecretValues.Reveal(raw);
        if (value is UnknownValue || value is OutputValue { Value: null })
        {
            return;
        }

        var reported = failures.Count;
        var typeFailure = TypeFailure(path, type, value, failures, property);
        if (typeFailure is not null)
        {
            failures.Add(new CheckFailure(path, typeFailure));
            return;
        }

        // Validators judge a known value of their declared type: one whose items or fields failed their own type
        // check (reported above) would only mislead them, or break one that reads those fields.
        if (value.ContainsUnknowns || failures.Count > reported)
        {
            return;
        }

        foreach (var reason in (item ? [] : property.Validators).Select(v => v.Check(value)).OfType<string>())
        {
            failures.Add(new CheckFailure(path, reason));
        }
    }

    /// <summary>Null when the value has the type; nested failures are added directly.</summary>
    private static string? TypeFailure(string path, TypeRef type, PropertyValue value, List<CheckFailure> failures, PropertyDefinition property)
    {
        switch (type)
        {
            case ScalarType { Name: "string" }:
                return value switch
                {
                    StringValue s => TextRules.Failure(s.Value, property.MaxLength),
                    ResourceReferenceValue r => $"must be a string; the resource {r.Urn} passed here has no id (a component resource)",
                    _ => "must be a string",
                };
            case ScalarType { Name: "boolean" }:
                return value is BoolValue ? null : "must be true or false";
            case ScalarType { Name: "number" }:
                return value is NumberValue ? null : "must be a number";
            case ScalarType { Name: "integer" }:
                // Every API integer is an int32: a larger value would be clamped or rejected by the cloud, never sent as given.
                return value is NumberValue n && n.Value == Math.Floor(n.Value) && n.Value is >= int.MinValue and <= int.MaxValue
                    ? null
                    : $"must be a whole number from {int.MinValue} to {int.MaxValue}";
            case EnumType e:
                var comparison = property.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                return value is StringValue text && e.Values.Any(v => string.Equals(v.Value, text.Value, comparison))
                    ? null
                    : "must be one of " + string.Join(", ", e.Values.Select(v => v.Value));
            case ArrayType a when value is ArrayValue items:
                for (var i = 0; i < items.Items.Length; i++)
                {
                    CheckValue($"{path}[{i}]", a.Items, items.Items[i], failures, property, item: true);
                }

                return null;
            case ArrayType:
                return "must be a list";
            case MapType m when value is ObjectValue map:
                foreach (var (key, item) in map.Properties)
                {
                    CheckValue($"{path}[\"{key}\"]", m.Values, item, failures, property, item: true);
                }

                return null;
            case MapType:
                return "must be a map";
            case ObjectType o when value is ObjectValue obj:
                CheckProperties(path, o.Properties, obj.Properties, o.Token, failures);
                return null;
            case ObjectType:
                return "must be an object";
            default:
                return $"has an unsupported type {type}";
        }
    }
}
