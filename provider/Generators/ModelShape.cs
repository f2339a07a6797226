namespace AlicloudLive.Generators;

/// <summary>The schema kind of a property's value (or of its items, for a list).</summary>
internal enum ValueKind
{
    String,
    Integer,
    Number,
    Boolean,
    Object,
}

/// <summary>
/// One [Property] member as the generator understands it. <see cref="Required"/> (the C# <c>required</c> keyword):
/// always present, so decoding fails without it; <see cref="InSchemaRequired"/>: the schema says required, which an
/// output the provider always sets may say while recorded state can still lack it.
/// </summary>
internal sealed record PropertyShape(
    string Member,
    string Wire,
    ValueKind Kind,
    bool IsList,
    string? ObjectModel,
    bool Required,
    bool InSchemaRequired,
    string Description,
    bool Secret,
    bool IgnoreCase,
    string? Default)
{
    /// <summary>The C# type of the member (nullable unless required), as an echo declares it.</summary>
    public string CSharpType
    {
        get
        {
            var item = Kind switch
            {
                ValueKind.String => "string",
                ValueKind.Integer => "int",
                ValueKind.Number => "double",
                ValueKind.Boolean => "bool",
                _ => ObjectModel!,
            };
            return IsList ? $"global::System.Collections.Generic.IReadOnlyList<{item}>" : item;
        }
    }
}

/// <summary>A [PropertyModel] record: its own properties, the echoed inputs (outputs models) and its object type.</summary>
internal sealed record ModelShape(
    string Namespace,
    string Name,
    string? Token,
    string? Description,
    bool HasSpecs,
    EquatableArray<PropertyShape> Properties,
    EquatableArray<PropertyShape> Echoes);

/// <summary>What one model yields: its source, or the reasons it has none.</summary>
internal sealed record ModelResult(ModelShape? Model, EquatableArray<DiagnosticInfo> Diagnostics);
