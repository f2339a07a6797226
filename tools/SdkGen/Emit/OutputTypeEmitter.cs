using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>An [OutputType] class: readonly fields set by a private [OutputConstructor] (upstream's genOutputType).</summary>
public static class OutputTypeEmitter
{
    public static void Write(StringBuilder w, TypeMapper types, ObjectTypeSpec spec)
    {
        const string indent = "    ";
        const string member = "        ";
        var name = Naming.TypeName(spec.Token);
        var properties = spec.Properties;
        w.Append('\n');
        DocComments.Summary(w, spec.Description, indent);
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
            var parameter = $"{types.OutputType(properties[i])} {Naming.CSharpIdentifier(properties[i].Name)}";
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
            var parameter = Naming.CSharpIdentifier(property.Name);
            var field = FieldName(property, name);
            w.Append(member).Append($"    {(field == parameter ? "this." + field : field)} = {parameter};\n");
        }

        w.Append(member).Append("}\n");
        w.Append(indent).Append("}\n");
    }

    private static string FieldName(PropertySpec property, string owner) =>
        Naming.MemberName(property.Name, property.CSharpName, owner);
}
