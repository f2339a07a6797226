using AlicloudLive.SdkGen.Emit;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen;

/// <summary>Generates the C# SDK for a Pulumi package schema, in the shape of `pulumi package gen-sdk --language dotnet`.</summary>
public static class SdkGenerator
{
    /// <summary>
    /// All generated files: relative path ('/'-separated) to content. Deterministic, LF line endings, each file
    /// ending in a newline. Throws <see cref="SchemaException"/> for a malformed or unsupported schema.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Generate(string schemaJson)
    {
        var context = new PackageContext(SchemaReader.Read(schemaJson));
        var package = context.Package;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var readme = PackageFilesEmitter.Readme(context);

        files["README.md"] = readme;
        files["Utilities.cs"] = UtilitiesEmitter.File(context);
        files["Provider.cs"] = ResourceEmitter.File(context, package.Provider, context.RootNamespace);
        if (package.Config.Count > 0)
        {
            files["Config/README.md"] = readme;
            files["Config/Config.cs"] = ConfigEmitter.File(context);
        }

        foreach (var resource in package.Resources)
        {
            var module = context.ModuleOf(resource.Token);
            AddModuleFile(files, context, module, "README.md", readme);
            AddModuleFile(files, context, module, Naming.TypeName(resource.Token) + ".cs",
                ResourceEmitter.File(context, resource, context.ModuleNamespace(module)));
        }

        foreach (var function in package.Functions)
        {
            var module = context.ModuleOf(function.Token);
            AddModuleFile(files, context, module, "README.md", readme);
            AddModuleFile(files, context, module, Naming.TypeName(function.Token) + ".cs",
                FunctionEmitter.File(context, function, context.ModuleNamespace(module)));
        }

        var usage = TypeUsage.Of(package);
        foreach (var type in package.ObjectTypes.Values)
        {
            var module = context.ModuleOf(type.Token);
            var name = Naming.TypeName(type.Token);
            AddModuleFile(files, context, module, "README.md", readme);
            if (usage.Inputs.Contains(type.Token))
            {
                AddModuleFile(files, context, module, $"Inputs/{name}Args.cs", ObjectTypeFiles.Input(context, type, ObjectFlavour.Args));
            }

            if (usage.State.Contains(type.Token))
            {
                AddModuleFile(files, context, module, $"Inputs/{name}GetArgs.cs", ObjectTypeFiles.Input(context, type, ObjectFlavour.GetArgs));
            }

            if (usage.Outputs.Contains(type.Token))
            {
                AddModuleFile(files, context, module, $"Outputs/{name}.cs", ObjectTypeFiles.Output(context, type));
            }
        }

        foreach (var group in package.EnumTypes.Values.GroupBy(e => context.ModuleOf(e.Token)))
        {
            AddModuleFile(files, context, group.Key, "README.md", readme);
            AddModuleFile(files, context, group.Key, "Enums.cs", EnumEmitter.File(context, context.ModuleNamespace(group.Key), group.ToList()));
        }

        files[context.RootNamespace + ".csproj"] = PackageFilesEmitter.ProjectFile(context);
        files["pulumi-plugin.json"] = PackageFilesEmitter.PluginJson(context);
        var version = PackageFilesEmitter.Version(context);
        if (version.Length > 0)
        {
            files["version.txt"] = version + "\n";
        }

        return files;
    }

    private static void AddModuleFile(
        SortedDictionary<string, string> files, PackageContext context, string module, string name, string content)
    {
        var directory = context.ModuleDirectory(module);
        files[directory.Length == 0 ? name : directory + "/" + name] = content;
    }
}
