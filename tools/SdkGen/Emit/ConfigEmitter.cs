using System.Text;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>Config/Config.cs: one lazily read, settable static property per config variable, with its defaults.</summary>
public static class ConfigEmitter
{
    public static string File(PackageContext context)
    {
        var w = new StringBuilder(PackageContext.Header("System", "System.Collections.Immutable"));
        w.Append("namespace ").Append(context.RootNamespace).Append("\n{\n");
        w.Append("    public static class Config\n");
        w.Append("    {\n");
        w.Append("        [global::System.Diagnostics.CodeAnalysis.SuppressMessage(\"Microsoft.Design\", \"IDE1006\", Justification = \n");
        w.Append("        \"Double underscore prefix used to avoid conflicts with variable names.\")]\n");
        w.Append("""
        private sealed class __Value<T>
        {
            private readonly Func<T> _getter;
            private T _value = default!;
            private bool _set;

            public __Value(Func<T> getter)
            {
                _getter = getter;
            }

            public T Get() => _set ? _value : _getter();

            public void Set(T value)
            {
                _value = value;
                _set = true;
            }
        }


""");
        w.Append($"        private static readonly global::Pulumi.Config __config = new global::Pulumi.Config({Literals.Quote(context.Package.Name)});\n\n");
        foreach (var variable in context.Package.Config)
        {
            Variable(w, context, variable);
        }

        w.Append("    }\n");
        w.Append("}\n");
        return w.ToString();
    }

    private static void Variable(StringBuilder w, PackageContext context, PropertySpec variable)
    {
        var (type, getter) = Accessor(variable.Type);
        var initializer = $"__config.{getter}({Literals.Quote(variable.Name)})";
        if (Literals.DefaultValue(variable, context) is { } value)
        {
            initializer += " ?? " + value;
        }

        var field = "_" + variable.Name;
        w.Append($"        private static readonly __Value<{type}> {field} = new __Value<{type}>(() => {initializer});\n");
        DocComments.Summary(w, variable.Description, "        ");
        w.Append($"        public static {type} {Naming.MemberName(variable.Name, variable.CSharpName, "Config")}\n");
        w.Append("        {\n");
        w.Append($"            get => {field}.Get();\n");
        w.Append($"            set => {field}.Set(value);\n");
        w.Append("        }\n\n");
    }

    private static (string Type, string Getter) Accessor(SchemaType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.String } => ("string?", "Get"),
        PrimitiveType { Kind: PrimitiveKind.Boolean } => ("bool?", "GetBoolean"),
        PrimitiveType { Kind: PrimitiveKind.Integer } => ("int?", "GetInt32"),
        PrimitiveType { Kind: PrimitiveKind.Number } => ("double?", "GetDouble"),
        PrimitiveType { Kind: PrimitiveKind.Any } => ("object?", "GetObject<object>"),
        ArrayType a when a.Items is PrimitiveType p => ($"ImmutableArray<{TypeMapper.Primitive(p.Kind)}>", $"GetObject<ImmutableArray<{TypeMapper.Primitive(p.Kind)}>>"),
        MapType m when m.Values is PrimitiveType p => ($"ImmutableDictionary<string, {TypeMapper.Primitive(p.Kind)}>?", $"GetObject<ImmutableDictionary<string, {TypeMapper.Primitive(p.Kind)}>>"),
        _ => throw new SchemaException("config variables of object, enum or nested collection types are not supported by this generator"),
    };
}
