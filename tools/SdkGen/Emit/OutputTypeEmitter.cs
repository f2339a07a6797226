using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>An [OutputType] class: readonly fields set by a private [OutputConstructor] (upstream's genOutputType).</summary>
public static class OutputTypeEmitter
{
    public static void Write(StringBuilder w, TypeMapper types, ObjectTypeSpec spec) =>
        Write(w, types, Naming.TypeName(spec.Token), spec.Description, spec.Properties);

    /// <param name="name">The class name: the type's name, or "GetXResult" for a function's result.</param>
    public static void Write(StringBuilder w, TypeMapper types, string name, string description, IReadOnlyList<PropertySpec> properties)
    {
        const string indent = "    ";
        const string member = "        ";
        w.Append('\n');
        DocComments.Summary(w, description, indent);
        w.Append(indent).Append("[OutputType]\n");
        w.Append(indent).Append($"public sealed class {name}\n");
        w.Append(indent).Append("{\n");
        foreach (var property in properties)
        {
            DocComments.Summary(w, property.Description, member);
            w.Append(member).Append($"public readonly {types.OutputType(property)} {FieldName(property, name)};\n");
        }

        if (properties.Count > 0)
        {
            w.Append('\n');
        }

        w.Append(member).Append("[OutputConstructor]\n");
        w.Append(member).Append($"private {name}(");
        for (var i = 0; i < properties.Count; i++)
        {
            var (parameterName, needsAttribute) = Naming.OutputConstructorParameter(properties[i].Name);
            var attribute = needsAttribute ? $"[OutputConstructorParameter({Literals.Quote(properties[i].Name)})] " : "";
            var parameter = $"{attribute}{types.OutputType(properties[i])} {parameterName}";
            if (i != properties.Count - 1)
            {
                parameter += ",\n";
            }

            w.Append(properties.Count > 1 ? "\n" + member + "    " + parameter : parameter);
        }

        w.Append(")\n");
        w.Append(member).Append("{\n");
        foreach (var property in properties)
        {
            var parameter = Naming.OutputConstructorParameter(property.Name).Name;
            var field = FieldName(property, name);
            w.Append(member).Append($"    {(field == parameter ? "this." + field : field)} = {parameter};\n");
        }

        w.Append(member).Append("}\n");
        w.Append(indent).Append("}\n");
    }

    private static string FieldName(PropertySpec property, string owner) =>
        Naming.MemberName(property.Name, property.CSharpName, owner);
}
