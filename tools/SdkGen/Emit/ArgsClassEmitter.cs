using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>
/// An input class (resource Args/State, object type Args/GetArgs, ProviderArgs) at nesting level 1, as upstream's
/// genInputType writes it: simple inputs as auto-properties; lists, maps and secrets behind a backing field.
/// </summary>
public sealed class ArgsClassEmitter(PackageContext context, TypeMapper types)
{
    private const string ClassIndent = "    ";
    private const string MemberIndent = "        ";

    /// <param name="className">e.g. "LiveTranscodeJobArgs".</param>
    /// <param name="ownerName">The simple name the properties belong to (resource or type name), for member naming.</param>
    /// <param name="flavour">Args for Args classes; GetArgs for State and GetArgs classes.</param>
    /// <param name="isProvider">Provider inputs that are not strings travel as JSON (json: true).</param>
    /// <param name="baseClass">ResourceArgs, or InvokeArgs for a function's InvokeArgs class.</param>
    public void Write(
        StringBuilder w,
        string className,
        string ownerName,
        string comment,
        IReadOnlyList<PropertySpec> properties,
        ObjectFlavour flavour,
        bool isProvider,
        string baseClass = "ResourceArgs")
    {
        w.Append('\n');
        DocComments.Summary(w, comment, ClassIndent);
        w.Append(ClassIndent).Append($"public sealed class {className} : global::Pulumi.{baseClass}\n");
        w.Append(ClassIndent).Append("{\n");
        foreach (var property in properties)
        {
            Property(w, property, Naming.MemberName(property.Name, property.CSharpName, ownerName), flavour, isProvider);
            w.Append('\n');
        }

        w.Append(MemberIndent).Append($"public {className}()\n");
        w.Append(MemberIndent).Append("{\n");
        foreach (var property in properties)
        {
            if (Literals.DefaultValue(property, context) is { } value)
            {
                w.Append(MemberIndent).Append($"    {Naming.MemberName(property.Name, property.CSharpName, ownerName)} = {value};\n");
            }
        }

        w.Append(MemberIndent).Append("}\n");
        w.Append(MemberIndent).Append($"public static new {className} Empty => new {className}();\n");
        w.Append(ClassIndent).Append("}\n");
    }

    private void Property(StringBuilder w, PropertySpec property, string name, ObjectFlavour flavour, bool isProvider)
    {
        var attribute = $"[Input(\"{property.Name}\"{AttributeArguments(property, isProvider)})]\n";
        if (!TypeMapper.IsCollection(property.Type) && !property.Secret)
        {
            DocComments.Summary(w, property.Description, MemberIndent);
            w.Append(MemberIndent).Append(attribute);
            w.Append(MemberIndent).Append($"public {types.InputType(property, flavour)} {name} {{ get; set; }}")
                .Append(property.Required ? " = null!;" : "").Append('\n');
            return;
        }

        var field = "_" + property.Name;
        var fieldType = types.Wrapped(property.Type, flavour);
        w.Append(MemberIndent).Append(attribute);
        w.Append(MemberIndent).Append($"private {fieldType}? {field};\n");
        if (property.Description.Length > 0)
        {
            w.Append('\n');
            DocComments.Summary(w, property.Description, MemberIndent);
        }

        DocComments.Obsolete(w, property.DeprecationMessage, MemberIndent);
        if (TypeMapper.IsCollection(property.Type))
        {
            w.Append(MemberIndent).Append($"public {fieldType} {name}\n");
            w.Append(MemberIndent).Append("{\n");
            w.Append(MemberIndent).Append($"    get => {field} ?? ({field} = new {fieldType}());\n");
        }
        else
        {
            w.Append(MemberIndent).Append($"public {fieldType}? {name}\n");
            w.Append(MemberIndent).Append("{\n");
            w.Append(MemberIndent).Append($"    get => {field};\n");
        }

        if (property.Secret)
        {
            // A secret input is combined with an empty secret so the value itself becomes secret (upstream's pattern).
            w.Append(MemberIndent).Append("    set\n");
            w.Append(MemberIndent).Append("    {\n");
            w.Append(MemberIndent).Append("        ").Append(SecretSetter(property.Type, field, fieldType, flavour)).Append('\n');
            w.Append(MemberIndent).Append("    }\n");
        }
        else
        {
            w.Append(MemberIndent).Append($"    set => {field} = value;\n");
        }

        w.Append(MemberIndent).Append("}\n");
    }

    private string SecretSetter(SchemaType type, string field, string fieldType, ObjectFlavour flavour)
    {
        const string next = "\n" + MemberIndent + "        ";
        return type switch
        {
            ArrayType a => $"var emptySecret = Output.CreateSecret(ImmutableArray.Create<{types.Plain(a.Items, "Inputs", flavour)}>());" +
                next + $"{field} = Output.All(value, emptySecret).Apply(v => v[0]);",
            MapType m => $"var emptySecret = Output.CreateSecret(ImmutableDictionary.Create<string, {types.Plain(m.Values, "Inputs", flavour)}>());" +
                next + $"{field} = Output.All(value, emptySecret).Apply(v => v[0]);",
            _ => "var emptySecret = Output.CreateSecret(0);" +
                next + $"{field} = Output.Tuple<{fieldType}?, int>(value, emptySecret).Apply(t => t.Item1);",
        };
    }

    private static string AttributeArguments(PropertySpec property, bool isProvider)
    {
        var arguments = property.Required ? ", required: true" : "";
        var isString = property.Type is PrimitiveType { Kind: PrimitiveKind.String };
        return isProvider && !isString ? arguments + ", json: true" : arguments;
    }
}
