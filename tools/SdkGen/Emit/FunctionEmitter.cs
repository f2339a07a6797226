using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>
/// One function file, as upstream's genFunction writes it: a static class with InvokeAsync (plain Args) and the two
/// output forms Invoke (InvokeArgs, with InvokeOptions or InvokeOutputOptions), then the Args, InvokeArgs and Result classes.
/// </summary>
public static class FunctionEmitter
{
    private const string I1 = "    ";
    private const string I2 = "        ";

    public static string File(PackageContext context, FunctionSpec function, string moduleNamespace)
    {
        var types = new TypeMapper(context, moduleNamespace);
        var name = Naming.TypeName(function.Token);
        var w = new StringBuilder(PackageContext.Header(context.CodeUsings()));
        w.Append("namespace ").Append(moduleNamespace).Append("\n{\n");
        DocComments.Obsolete(w, function.DeprecationMessage, I1);
        w.Append(I1).Append($"public static class {name}\n");
        w.Append(I1).Append("{\n");
        var result = function.Outputs is null ? "" : $"<{name}Result>";
        var allOptional = function.Inputs is null || function.Inputs.All(p => !p.Required);
        var (optionalType, optionalDefault) = allOptional ? ("?", " = null") : ("", "");
        var description = DocComments.CSharpOnly(function.Description);

        var argsParameter = function.Inputs is null ? "" : $"{name}Args{optionalType} args{optionalDefault}, ";
        var argsValue = function.Inputs is null ? "InvokeArgs.Empty" : $"args ?? new {name}Args()";
        DocComments.Summary(w, description, I2);
        w.Append(I2).Append($"public static Task{result} InvokeAsync({argsParameter}InvokeOptions? options = null)\n");
        w.Append(I2).Append($"    => global::Pulumi.Deployment.Instance.InvokeAsync{result}(\"{function.Token}\", {argsValue}, options.WithDefaults());\n");

        if (function.Outputs is not null)
        {
            var hasInputs = function.Inputs is { Count: > 0 };
            var invokeArgsValue = hasInputs ? $"args ?? new {name}InvokeArgs()" : "InvokeArgs.Empty";
            var invokeParameter = hasInputs ? $"{name}InvokeArgs{optionalType} args{optionalDefault}, " : "";

            // The InvokeOutputOptions form needs its args, or it could not be told apart from the InvokeOptions form.
            var requiredInvokeParameter = hasInputs ? $"{name}InvokeArgs args, " : "";
            OutputForm(w, description, result, function.Token, invokeParameter + "InvokeOptions? options = null", invokeArgsValue);
            OutputForm(w, description, result, function.Token, requiredInvokeParameter + "InvokeOutputOptions options", invokeArgsValue);
        }

        w.Append(I1).Append("}\n");
        if (function.Inputs is { } inputs)
        {
            w.Append('\n');
            PlainArgs(w, types, name + "Args", name, inputs);
            if (function.Outputs is not null && inputs.Count > 0)
            {
                new ArgsClassEmitter(context, types).Write(
                    w, name + "InvokeArgs", name, "", inputs, ObjectFlavour.Args, isProvider: false, baseClass: "InvokeArgs");
            }
        }

        if (function.Outputs is { } outputs)
        {
            w.Append('\n');
            OutputTypeEmitter.Write(w, types, name + "Result", "", outputs);
        }

        w.Append("}\n");
        return w.ToString();
    }

    private static void OutputForm(StringBuilder w, string description, string result, string token, string parameters, string argsValue)
    {
        w.Append('\n');
        DocComments.Summary(w, description, I2);
        w.Append(I2).Append($"public static Output{result} Invoke({parameters})\n");
        w.Append(I2).Append($"    => global::Pulumi.Deployment.Instance.Invoke{result}(\"{token}\", {argsValue}, options.WithDefaults());\n");
    }

    /// <summary>The plain Args class of InvokeAsync: plain values, lists and maps behind a backing field (upstream's plainType).</summary>
    private static void PlainArgs(StringBuilder w, TypeMapper types, string className, string ownerName, IReadOnlyList<PropertySpec> inputs)
    {
        w.Append('\n');
        w.Append(I1).Append($"public sealed class {className} : global::Pulumi.InvokeArgs\n");
        w.Append(I1).Append("{\n");
        foreach (var property in inputs)
        {
            var name = Naming.MemberName(property.Name, property.CSharpName, ownerName);
            var attribute = $"[Input(\"{property.Name}\"{(property.Required ? ", required: true" : "")})]\n";
            var collection = property.Type switch
            {
                ArrayType a => $"List<{types.Plain(a.Items, "Inputs", ObjectFlavour.Args)}>",
                MapType m => $"Dictionary<string, {types.Plain(m.Values, "Inputs", ObjectFlavour.Args)}>",
                _ => null,
            };
            if (collection is null && !property.Secret)
            {
                var type = types.Plain(property.Type, "Inputs", ObjectFlavour.Args);
                var nullable = property.Required ? "" : "?";
                var initializer = property.Required && !IsValueType(property.Type) ? " = null!;" : "";
                DocComments.Summary(w, property.Description, I2);
                w.Append(I2).Append(attribute);
                w.Append(I2).Append($"public {type}{nullable} {name} {{ get; set; }}{initializer}\n\n");
                continue;
            }

            var field = "_" + property.Name;
            var fieldType = collection ?? types.Plain(property.Type, "Inputs", ObjectFlavour.Args);
            w.Append(I2).Append(attribute);
            w.Append(I2).Append($"private {fieldType}? {field};\n");
            if (property.Description.Length > 0)
            {
                w.Append('\n');
                DocComments.Summary(w, property.Description, I2);
            }

            DocComments.Obsolete(w, property.DeprecationMessage, I2);
            w.Append(I2).Append(collection is null ? $"public {fieldType}? {name}\n" : $"public {fieldType} {name}\n");
            w.Append(I2).Append("{\n");
            w.Append(I2).Append(collection is null ? $"    get => {field};\n" : $"    get => {field} ?? ({field} = new {fieldType}());\n");
            w.Append(I2).Append($"    set => {field} = value;\n");
            w.Append(I2).Append("}\n\n");
        }

        w.Append(I2).Append($"public {className}()\n");
        w.Append(I2).Append("{\n");
        w.Append(I2).Append("}\n");
        w.Append(I2).Append($"public static new {className} Empty => new {className}();\n");
        w.Append(I1).Append("}\n");
    }

    private static bool IsValueType(SchemaType type) =>
        type is EnumTypeRef or PrimitiveType { Kind: PrimitiveKind.Boolean or PrimitiveKind.Integer or PrimitiveKind.Number };
}
