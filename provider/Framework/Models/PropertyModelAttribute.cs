namespace AlicloudLive.Framework.Models;

/// <summary>
/// Marks a <c>partial record</c> whose <see cref="PropertyAttribute"/> properties are a resource's or function's
/// inputs or outputs (or a named object type's fields). The model generator (provider/Generators) emits, from the
/// declaration alone: <c>Definitions()</c> (the schema), <c>From(PropertyMap)</c> and <c>ToMap()</c> (the codec) and
/// <c>Wire</c> (the wire names). A static <c>Specs</c> member, when the record declares one, adds each property's
/// update rule, validators, length bound and schema type, keyed by <c>nameof</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PropertyModelAttribute : Attribute
{
    public PropertyModelAttribute()
    {
    }

    /// <summary>A named object type (a schema "types" entry): the generator also emits <c>ObjectType()</c>.</summary>
    public PropertyModelAttribute(string token, string description)
    {
        Token = token;
        Description = description;
    }

    public string? Token { get; }

    public string? Description { get; }

    /// <summary>
    /// The inputs model that this outputs model echoes: every input is an output too. The generator adds the
    /// inputs' properties (optional, since recorded state may lack any) before this model's own, to the codec only.
    /// </summary>
    public Type? Echoes { get; set; }
}

/// <summary>
/// One property of a <see cref="PropertyModelAttribute"/> model. Its wire name is the camelCase member name unless
/// <see cref="Name"/> says otherwise. A member declared <c>required</c> is required (and never null once decoded); an
/// optional one is nullable, absent reading as null.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PropertyAttribute(string description) : Attribute
{
    public string Description { get; } = description;

    public string? Name { get; set; }

    /// <summary>
    /// The schema marks the (nullable) member required: an output the provider always sets, which state recorded
    /// by an older version or an import may still lack.
    /// </summary>
    public bool Required { get; set; }

    public bool Secret { get; set; }

    /// <summary>An enum-like string the cloud may answer in another case (see PropertyDefinition.IgnoreCase).</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>A string, number or bool applied by Check when the user leaves the property out.</summary>
    public object? Default { get; set; }
}
