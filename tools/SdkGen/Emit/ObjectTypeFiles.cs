using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>The per-type files: Inputs/XArgs.cs, Inputs/XGetArgs.cs and Outputs/X.cs.</summary>
public static class ObjectTypeFiles
{
    public static string Input(PackageContext context, ObjectTypeSpec spec, ObjectFlavour flavour)
    {
        var ns = context.TypeNamespace(spec.Token);
        var types = new TypeMapper(context, ns);
        var w = new StringBuilder(PackageContext.Header(context.CodeUsings()));
        w.Append("namespace ").Append(ns).Append(".Inputs\n{\n");
        new ArgsClassEmitter(context, types).Write(
            w, TypeMapper.ObjectClassName(spec.Token, flavour), Naming.TypeName(spec.Token), spec.Description, spec.Properties, flavour, isProvider: false);
        w.Append("}\n");
        return w.ToString();
    }

    public static string Output(PackageContext context, ObjectTypeSpec spec)
    {
        var ns = context.TypeNamespace(spec.Token);
        var w = new StringBuilder(PackageContext.Header(context.CodeUsings()));
        w.Append("namespace ").Append(ns).Append(".Outputs\n{\n");
        OutputTypeEmitter.Write(w, new TypeMapper(context, ns), spec);
        w.Append("}\n");
        return w.ToString();
    }
}
