using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>Member names of enum values.</summary>
public static class EnumMembers
{
    /// <summary>The value's name (or its value when unnamed) made safe; never the enum's own name (CS0542).</summary>
    public static string Name(EnumValueSpec value, string enumName)
    {
        var raw = value.Name.Length > 0
            ? value.Name
            : value.Value.ValueKind == System.Text.Json.JsonValueKind.String ? value.Value.GetString()! : value.Value.GetRawText();
        var safe = Naming.SafeEnumName(raw, enumName);
        return safe == enumName ? safe + "Value" : safe;
    }
}

/// <summary>Enums.cs of a module: string and number enums as IEquatable readonly structs, integer enums as C# enums.</summary>
public static class EnumEmitter
{
    public static string File(PackageContext context, string moduleNamespace, IReadOnlyList<EnumTypeSpec> enums)
    {
        var w = new StringBuilder(PackageContext.Header("System", "System.ComponentModel", "Pulumi"));
        w.Append("namespace ").Append(moduleNamespace).Append("\n{\n");
        for (var i = 0; i < enums.Count; i++)
        {
            Enum(w, enums[i]);
            if (i != enums.Count - 1)
            {
                w.Append('\n');
            }
        }

        w.Append("}\n");
        return w.ToString();
    }

    private static void Enum(StringBuilder w, EnumTypeSpec spec)
    {
        const string indent = "    ";
        const string body = "        ";
        var name = Naming.TypeName(spec.Token);
        DocComments.Summary(w, spec.Description, indent);
        if (spec.ElementKind == PrimitiveKind.Integer)
        {
            w.Append(indent).Append("public enum ").Append(name).Append('\n');
            w.Append(indent).Append("{\n");
            foreach (var value in spec.Values)
            {
                DocComments.Summary(w, value.Description, body);
                DocComments.Obsolete(w, value.DeprecationMessage, body);
                w.Append(body).Append(EnumMembers.Name(value, name)).Append(" = ").Append(value.Value.GetRawText()).Append(",\n");
            }

            w.Append(indent).Append("}\n");
            return;
        }

        var isString = spec.ElementKind == PrimitiveKind.String;
        var underlying = TypeMapper.Primitive(spec.ElementKind);
        w.Append(indent).Append("[EnumType]\n");
        w.Append(indent).Append($"public readonly struct {name} : IEquatable<{name}>\n");
        w.Append(indent).Append("{\n");
        w.Append(body).Append($"private readonly {underlying} _value;\n\n");
        w.Append(body).Append($"private {name}({underlying} value)\n");
        w.Append(body).Append("{\n");
        w.Append(body).Append("    _value = value").Append(isString ? " ?? throw new ArgumentNullException(nameof(value))" : "").Append(";\n");
        w.Append(body).Append("}\n\n");
        foreach (var value in spec.Values)
        {
            DocComments.Summary(w, value.Description, body);
            DocComments.Obsolete(w, value.DeprecationMessage, body);
            var literal = isString ? Literals.Quote(value.Value.GetString() ?? "") : Literals.Number(value.Value, spec.ElementKind);
            w.Append(body).Append($"public static {name} {EnumMembers.Name(value, name)} {{ get; }} = new {name}({literal});\n");
        }

        w.Append('\n');
        w.Append(body).Append($"public static bool operator ==({name} left, {name} right) => left.Equals(right);\n");
        w.Append(body).Append($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);\n\n");
        w.Append(body).Append($"public static explicit operator {underlying}({name} value) => value._value;\n\n");
        w.Append(body).Append("[EditorBrowsable(EditorBrowsableState.Never)]\n");
        w.Append(body).Append($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);\n");
        w.Append(body).Append($"public bool Equals({name} other) => ")
            .Append(isString ? "string.Equals(_value, other._value, StringComparison.Ordinal)" : "_value == other._value").Append(";\n\n");
        w.Append(body).Append("[EditorBrowsable(EditorBrowsableState.Never)]\n");
        w.Append(body).Append("public override int GetHashCode() => _value").Append(isString ? "?.GetHashCode() ?? 0" : ".GetHashCode()").Append(";\n\n");
        w.Append(body).Append("public override string ToString() => _value").Append(isString ? "" : ".ToString()").Append(";\n");
        w.Append(indent).Append("}\n");
    }
}
