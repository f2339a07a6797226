namespace AlicloudLive.Framework.Schema;

/// <summary>The type of a property, as the schema describes it and as Check enforces it.</summary>
public abstract record TypeRef
{
    public static readonly TypeRef String = new ScalarType("string");
    public static readonly TypeRef Integer = new ScalarType("integer");
    public static readonly TypeRef Number = new ScalarType("number");
    public static readonly TypeRef Boolean = new ScalarType("boolean");

    public static TypeRef ArrayOf(TypeRef items) => new ArrayType(items);

    public static TypeRef MapOf(TypeRef values) => new MapType(values);
}

public sealed record ScalarType(string Name) : TypeRef;

public sealed record ArrayType(TypeRef Items) : TypeRef;

public sealed record MapType(TypeRef Values) : TypeRef;

/// <summary>A named object type (schema "types" entry), e.g. a job's stream input.</summary>
public sealed record ObjectType(string Token, string Description, IReadOnlyList<PropertyDefinition> Properties) : TypeRef;

/// <summary>A named string enum; each value has its own description.</summary>
public sealed record EnumType(string Token, string Description, IReadOnlyList<EnumValue> Values) : TypeRef;

public sealed record EnumValue(string Name, string Value, string Description);
