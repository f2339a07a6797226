using System.Text.Json;

namespace AlicloudLive.SdkGen.Schema;

/// <summary>The kinds of primitive schema types the generator maps to C#.</summary>
public enum PrimitiveKind
{
    Boolean,
    Integer,
    Number,
    String,
    Any,
}

/// <summary>A bound schema type: a primitive, a collection, or a reference to a named type.</summary>
public abstract record SchemaType;

public sealed record PrimitiveType(PrimitiveKind Kind) : SchemaType;

public sealed record ArrayType(SchemaType Items) : SchemaType;

public sealed record MapType(SchemaType Values) : SchemaType;

/// <summary>A reference to an object type under the schema's "types".</summary>
public sealed record ObjectTypeRef(string Token) : SchemaType;

/// <summary>A reference to an enum type under the schema's "types".</summary>
public sealed record EnumTypeRef(string Token) : SchemaType;

/// <summary>One property of a resource, object type or the provider configuration.</summary>
public sealed record PropertySpec(
    string Name,
    SchemaType Type,
    bool Required,
    string Description,
    bool Secret,
    bool ReplaceOnChanges,
    JsonElement? Default,
    IReadOnlyList<string> EnvironmentDefaults,
    string DeprecationMessage,
    string? CSharpName);

public sealed record ObjectTypeSpec(string Token, string Description, IReadOnlyList<PropertySpec> Properties);

public sealed record EnumValueSpec(string Name, JsonElement Value, string Description, string DeprecationMessage);

public sealed record EnumTypeSpec(string Token, string Description, PrimitiveKind ElementKind, IReadOnlyList<EnumValueSpec> Values);

/// <summary>
/// A resource (or the provider itself); property lists are sorted by wire name as Pulumi's binder sorts them.
/// <see cref="IsComponent"/>: a component the provider builds (Construct), emitted as a remote ComponentResource.
/// </summary>
public sealed record ResourceSpec(
    string Token,
    string Description,
    IReadOnlyList<PropertySpec> Properties,
    IReadOnlyList<PropertySpec> InputProperties,
    IReadOnlyList<PropertySpec>? StateInputs,
    bool IsProvider,
    string DeprecationMessage,
    IReadOnlyList<string> AliasTypes,
    bool IsComponent = false);

/// <summary>
/// A provider function (invoke): inputs and inline object outputs, each sorted by wire name; null when the schema has
/// none.
/// </summary>
public sealed record FunctionSpec(
    string Token,
    string Description,
    IReadOnlyList<PropertySpec>? Inputs,
    IReadOnlyList<PropertySpec>? Outputs,
    string DeprecationMessage);

/// <summary>The language.csharp section of the schema.</summary>
public sealed record CSharpSettings(
    string RootNamespace,
    IReadOnlyDictionary<string, string> Namespaces,
    IReadOnlyList<KeyValuePair<string, string>> PackageReferences,
    bool RespectSchemaVersion);

/// <summary>The bound package: everything the emitters need, resolved and ordered deterministically.</summary>
public sealed record PackageSpec(
    string Name,
    string Version,
    string Description,
    string License,
    string Homepage,
    string Repository,
    string Publisher,
    string PluginDownloadUrl,
    string ModuleFormat,
    IReadOnlyList<PropertySpec> Config,
    ResourceSpec Provider,
    IReadOnlyList<ResourceSpec> Resources,
    IReadOnlyList<FunctionSpec> Functions,
    IReadOnlyDictionary<string, ObjectTypeSpec> ObjectTypes,
    IReadOnlyDictionary<string, EnumTypeSpec> EnumTypes,
    CSharpSettings CSharp);
