using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>
/// One resource file (or Provider.cs): the resource class, its Args class and, with stateInputs, its State class. A
/// component (isComponent) is a ComponentResource registered with remote: true (the provider builds it), with no Get.
/// </summary>
public static class ResourceEmitter
{
    private const string I1 = "    ";
    private const string I2 = "        ";

    public static string File(PackageContext context, ResourceSpec resource, string moduleNamespace)
    {
        var types = new TypeMapper(context, moduleNamespace);
        var name = resource.IsProvider ? "Provider" : Naming.TypeName(resource.Token);
        var w = new StringBuilder(PackageContext.Header(context.CodeUsings()));
        w.Append("namespace ").Append(moduleNamespace).Append("\n{\n");
        DocComments.Summary(w, DocComments.CSharpOnly(resource.Description), I1);
        if (resource.DeprecationMessage.Length > 0)
        {
            DocComments.Obsolete(w, resource.DeprecationMessage, I1);
        }

        var baseType = resource switch
        {
            { IsProvider: true } => "global::Pulumi.ProviderResource",
            { IsComponent: true } => "global::Pulumi.ComponentResource",
            _ => "global::Pulumi.CustomResource",
        };
        w.Append(I1).Append($"[{context.PackageClassPrefix}ResourceType(\"{resource.Token}\")]\n");
        w.Append(I1).Append($"public partial class {name} : {baseType}\n");
        w.Append(I1).Append("{\n");
        OutputProperties(w, resource, name, types);
        Constructors(w, resource, name);
        MakeResourceOptions(w, context, resource);
        if (!resource.IsProvider && !resource.IsComponent)
        {
            GetMethod(w, resource, name);
        }

        w.Append(I1).Append("}\n");
        var args = new ArgsClassEmitter(context, types);
        args.Write(w, name + "Args", name, "", resource.InputProperties, ObjectFlavour.Args, resource.IsProvider);
        if (resource.StateInputs is { } state)
        {
            args.Write(w, name + "State", name, "", state, ObjectFlavour.GetArgs, isProvider: false);
        }

        w.Append("}\n");
        return w.ToString();
    }

    private static void OutputProperties(StringBuilder w, ResourceSpec resource, string name, TypeMapper types)
    {
        foreach (var property in resource.Properties)
        {
            var type = types.OutputType(property);
            if (resource.IsProvider && property.Type is not PrimitiveType)
            {
                // Provider outputs of complex types come back as JSON strings.
                type = property.Required ? "string" : "string?";
            }

            DocComments.Summary(w, property.Description, I2);
            w.Append(I2).Append($"[Output(\"{property.Name}\")]\n");
            w.Append(I2).Append($"public Output<{type}> {Naming.MemberName(property.Name, property.CSharpName, name)} {{ get; private set; }} = null!;\n\n");
        }

        if (resource.Properties.Count > 0)
        {
            w.Append('\n');
        }
    }

    private static void Constructors(StringBuilder w, ResourceSpec resource, string name)
    {
        var allOptional = resource.InputProperties.All(p => !p.Required);
        var argsType = name + "Args" + (allOptional ? "? args = null" : " args");
        var token = resource.IsProvider ? resource.Token["pulumi:providers:".Length..] : resource.Token;
        var options = OptionsType(resource);
        w.Append(I2).Append("/// <summary>\n");
        w.Append(I2).Append($"/// Create a {name} resource with the given unique name, arguments, and options.\n");
        w.Append(I2).Append("/// </summary>\n");
        w.Append(I2).Append("///\n");
        w.Append(I2).Append("/// <param name=\"name\">The unique name of the resource</param>\n");
        w.Append(I2).Append("/// <param name=\"args\">The arguments used to populate this resource's properties</param>\n");
        w.Append(I2).Append("/// <param name=\"options\">A bag of options that control this resource's behavior</param>\n");
        w.Append(I2).Append($"public {name}(string name, {argsType}, {options}? options = null)\n");
        w.Append(I2).Append($"    : base(\"{token}\", name, args ?? new {name}Args(), MakeResourceOptions(options, \"\"){(resource.IsComponent ? ", remote: true" : "")})\n");
        w.Append(I2).Append("{\n");
        w.Append(I2).Append("}\n");
        if (resource.IsProvider || resource.IsComponent)
        {
            return;
        }

        var hasState = resource.StateInputs is not null;
        w.Append('\n');
        w.Append(I2).Append($"private {name}(string name, Input<string> id, {(hasState ? name + "State? state = null, " : "")}CustomResourceOptions? options = null)\n");
        w.Append(I2).Append($"    : base(\"{token}\", name, {(hasState ? "state" : "null")}, MakeResourceOptions(options, id))\n");
        w.Append(I2).Append("{\n");
        w.Append(I2).Append("}\n");
    }

    private static string OptionsType(ResourceSpec resource) => resource.IsComponent ? "ComponentResourceOptions" : "CustomResourceOptions";

    private static void MakeResourceOptions(StringBuilder w, PackageContext context, ResourceSpec resource)
    {
        var options = OptionsType(resource);
        w.Append('\n');
        w.Append(I2).Append($"private static {options} MakeResourceOptions({options}? options, Input<string>? id)\n");
        w.Append(I2).Append("{\n");
        w.Append(I2).Append($"    var defaultOptions = new {options}\n");
        w.Append(I2).Append("    {\n");
        w.Append(I2).Append("        Version = Utilities.Version,\n");
        if (context.Package.PluginDownloadUrl.Length > 0)
        {
            w.Append(I2).Append($"        PluginDownloadURL = {Literals.Quote(context.Package.PluginDownloadUrl)},\n");
        }

        if (resource.AliasTypes.Count > 0)
        {
            w.Append(I2).Append("        Aliases =\n");
            w.Append(I2).Append("        {\n");
            foreach (var type in resource.AliasTypes)
            {
                w.Append(I2).Append($"            new global::Pulumi.Alias {{ Type = {Literals.Quote(type)} }},\n");
            }

            w.Append(I2).Append("        },\n");
        }

        OptionList(w, "AdditionalSecretOutputs", ResourceOptionLists.SecretOutputs(resource));
        OptionList(w, "ReplaceOnChanges", ResourceOptionLists.ReplaceOnChanges(resource, context.ObjectType));
        w.Append(I2).Append("    };\n");
        w.Append(I2).Append($"    var merged = {options}.Merge(defaultOptions, options);\n");
        w.Append(I2).Append("    // Override the ID if one was specified for consistency with other language SDKs.\n");
        w.Append(I2).Append("    merged.Id = id ?? merged.Id;\n");
        w.Append(I2).Append("    return merged;\n");
        w.Append(I2).Append("}\n");
    }

    private static void OptionList(StringBuilder w, string option, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        w.Append(I2).Append($"        {option} =\n");
        w.Append(I2).Append("        {\n");
        foreach (var n in names)
        {
            w.Append(I2).Append($"            {Literals.Quote(n)},\n");
        }

        w.Append(I2).Append("        },\n");
    }

    private static void GetMethod(StringBuilder w, ResourceSpec resource, string name)
    {
        var hasState = resource.StateInputs is not null;
        w.Append(I2).Append("/// <summary>\n");
        w.Append(I2).Append($"/// Get an existing {name} resource's state with the given name, ID, and optional extra\n");
        w.Append(I2).Append("/// properties used to qualify the lookup.\n");
        w.Append(I2).Append("/// </summary>\n");
        w.Append(I2).Append("///\n");
        w.Append(I2).Append("/// <param name=\"name\">The unique name of the resulting resource.</param>\n");
        w.Append(I2).Append("/// <param name=\"id\">The unique provider ID of the resource to lookup.</param>\n");
        if (hasState)
        {
            w.Append(I2).Append("/// <param name=\"state\">Any extra arguments used during the lookup.</param>\n");
        }

        w.Append(I2).Append("/// <param name=\"options\">A bag of options that control this resource's behavior</param>\n");
        w.Append(I2).Append($"public static {name} Get(string name, Input<string> id, {(hasState ? name + "State? state = null, " : "")}CustomResourceOptions? options = null)\n");
        w.Append(I2).Append("{\n");
        w.Append(I2).Append($"    return new {name}(name, id, {(hasState ? "state, " : "")}options);\n");
        w.Append(I2).Append("}\n");
    }
}
