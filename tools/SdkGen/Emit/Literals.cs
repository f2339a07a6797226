using System.Globalization;
using System.Text;
using System.Text.Json;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>C# literals for schema defaults, and the environment-default expressions that wrap them.</summary>
public static class Literals
{
    /// <summary>
    /// The initializer for a property with a default and/or environment default, e.g.
    /// <c>Utilities.GetEnv("ALICLOUD_REGION") ?? "cn-shanghai"</c>; null when the property has neither.
    /// </summary>
    public static string? DefaultValue(PropertySpec property, PackageContext context)
    {
        string? value = property.Default is { } d ? Value(d, property, context) : null;
        if (property.EnvironmentDefaults.Count == 0)
        {
            return value;
        }

        var kind = property.Type is PrimitiveType p ? p.Kind : PrimitiveKind.String;
        var getter = kind switch
        {
            PrimitiveKind.Boolean => "GetEnvBoolean",
            PrimitiveKind.Integer => "GetEnvInt32",
            PrimitiveKind.Number => "GetEnvDouble",
            _ => "GetEnv",
        };
        var getEnv = $"Utilities.{getter}({string.Join(", ", property.EnvironmentDefaults.Select(Quote))})";
        return value is null ? getEnv : $"{getEnv} ?? {value}";
    }

    /// <summary>A C# string literal (double-quoted, escaped).</summary>
    public static string Quote(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    /// <summary>A number literal as Go's strconv prints it: integers plainly, doubles in shortest form.</summary>
    public static string Number(JsonElement value, PrimitiveKind kind) =>
        kind == PrimitiveKind.Integer && value.TryGetInt64(out var i)
            ? i.ToString(CultureInfo.InvariantCulture)
            : value.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    private static string Value(JsonElement value, PropertySpec property, PackageContext context)
    {
        if (property.Type is EnumTypeRef e)
        {
            var spec = context.EnumType(e.Token);
            var enumName = Naming.TypeName(e.Token);
            var member = spec.Values.FirstOrDefault(v => JsonElementEquals(v.Value, value))
                ?? throw new SchemaException($"default value '{value}' of '{property.Name}' is not a value of enum {enumName}");
            return $"{context.TypeNamespace(e.Token)}.{enumName}.{EnumMembers.Name(member, enumName)}";
        }

        var kind = property.Type is PrimitiveType p ? p.Kind : throw new SchemaException($"'{property.Name}': defaults must be scalars");
        return value.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.String => Quote(value.GetString()!),
            JsonValueKind.Number => Number(value, kind),
            _ => throw new SchemaException($"'{property.Name}': unsupported default value {value}"),
        };
    }

    private static bool JsonElementEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && (a.ValueKind != JsonValueKind.Number
            ? a.GetRawText() == b.GetRawText()
            : a.GetDouble().Equals(b.GetDouble()));
}
