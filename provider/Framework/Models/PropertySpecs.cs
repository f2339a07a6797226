using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Models;

/// <summary>What a model property needs beyond its declaration: values an attribute cannot hold.</summary>
public sealed record PropertySpec
{
    public UpdateRule Rule { get; init; } = UpdateRule.InPlace;

    public IReadOnlyList<Validator> Validators { get; init; } = [];

    public int? MaxLength { get; init; }

    /// <summary>The schema type where the member's C# type does not say it: a named enum over a string.</summary>
    public TypeRef? Type { get; init; }
}

/// <summary>A model's <see cref="PropertySpec"/>s keyed by <c>nameof</c> of the member.</summary>
public sealed class PropertySpecs : Dictionary<string, PropertySpec>
{
    public PropertySpecs()
        : base(StringComparer.Ordinal)
    {
    }
}

/// <summary>The schema half of generated model code.</summary>
public static class ModelSchema
{
    /// <summary>
    /// One property's definition from its declaration and its spec. Throws when <paramref name="specs"/> names a
    /// member the model lacks (a renamed property): checked once per model, when its definitions are built.
    /// </summary>
    public static IReadOnlyList<PropertyDefinition> Build(string model, PropertySpecs? specs, IReadOnlyList<ModelProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var unknown = specs?.Keys.Where(key => properties.All(p => p.Member != key)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{model}.Specs names {string.Join(", ", unknown)}, which {model} does not declare");
        }

        return [.. properties.Select(p => p.Definition(specs?.GetValueOrDefault(p.Member) ?? new PropertySpec()))];
    }
}

/// <summary>A property as the generator reads it from its declaration.</summary>
public sealed record ModelProperty(string Member, string Name, TypeRef Type, string Description)
{
    public bool Required { get; init; }

    public bool Secret { get; init; }

    public bool IgnoreCase { get; init; }

    public PropertyValue? Default { get; init; }

    public PropertyDefinition Definition(PropertySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new(Name, spec.Type ?? Type, Description)
        {
            Required = Required,
            Secret = Secret,
            IgnoreCase = IgnoreCase,
            Default = Default,
            Rule = spec.Rule,
            Validators = spec.Validators,
            MaxLength = spec.MaxLength,
        };
    }
}
