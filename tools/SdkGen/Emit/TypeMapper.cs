using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>Which flavour of a named object type a C# type string refers to.</summary>
public enum ObjectFlavour
{
    /// <summary>The output class "X" (Outputs namespace).</summary>
    Output,

    /// <summary>The input class "XArgs" (Inputs namespace).</summary>
    Args,

    /// <summary>The state input class "XGetArgs" used by a resource's State class.</summary>
    GetArgs,
}

/// <summary>Maps schema types to C# type strings as seen from code in <paramref name="currentNamespace"/>.</summary>
public sealed class TypeMapper(PackageContext context, string currentNamespace)
{
    /// <summary>Type of an output property or field: optional values are nullable; arrays never are.</summary>
    public string OutputType(PropertySpec property, string qualifier = "Outputs")
    {
        var plain = Plain(property.Type, qualifier, ObjectFlavour.Output);
        return !property.Required && property.Type is not ArrayType ? plain + "?" : plain;
    }

    /// <summary>Type of an input property: Input&lt;T&gt;, InputList&lt;T&gt; or InputMap&lt;T&gt;; optional scalars nullable.</summary>
    public string InputType(PropertySpec property, ObjectFlavour flavour)
    {
        var wrapped = Wrapped(property.Type, flavour);
        return !property.Required && !IsCollection(property.Type) ? wrapped + "?" : wrapped;
    }

    /// <summary>The wrapped input type without nullability, used for backing fields.</summary>
    public string Wrapped(SchemaType type, ObjectFlavour flavour) => type switch
    {
        ArrayType a => $"InputList<{Plain(a.Items, "Inputs", flavour)}>",
        MapType m => $"InputMap<{Plain(m.Values, "Inputs", flavour)}>",
        _ => $"Input<{Plain(type, "Inputs", flavour)}>",
    };

    /// <summary>The plain (unwrapped) C# type; named object types are qualified relative to the current namespace.</summary>
    public string Plain(SchemaType type, string qualifier, ObjectFlavour flavour) => type switch
    {
        PrimitiveType p => Primitive(p.Kind),
        ArrayType a => $"ImmutableArray<{Plain(a.Items, qualifier, flavour)}>",
        MapType m => $"ImmutableDictionary<string, {Plain(m.Values, qualifier, flavour)}>",
        EnumTypeRef e => context.TypeNamespace(e.Token) + "." + Naming.TypeName(e.Token),
        ObjectTypeRef o => Qualify(o.Token, qualifier) + ObjectClassName(o.Token, flavour),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown schema type"),
    };

    public static string ObjectClassName(string token, ObjectFlavour flavour) => Naming.TypeName(token) + flavour switch
    {
        ObjectFlavour.Args => "Args",
        ObjectFlavour.GetArgs => "GetArgs",
        _ => "",
    };

    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Boolean => "bool",
        PrimitiveKind.Integer => "int",
        PrimitiveKind.Number => "double",
        PrimitiveKind.String => "string",
        _ => "object",
    };

    public static bool IsCollection(SchemaType type) => type is ArrayType or MapType;

    private string Qualify(string token, string qualifier)
    {
        var ns = context.TypeNamespace(token) + (qualifier.Length > 0 ? "." + qualifier : "");
        if ((ns == currentNamespace && qualifier.Length == 0) || ns == currentNamespace + "." + qualifier)
        {
            ns = qualifier;
        }

        return ns.Length > 0 ? ns + "." : "";
    }
}
