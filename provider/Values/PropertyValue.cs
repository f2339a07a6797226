using System.Collections.Immutable;

namespace AlicloudLive.Values;

/// <summary>
/// A Pulumi property value as the engine means it: plain JSON-like data plus the engine's special kinds
/// (secrets, unknowns, resource references, output values). "Absent" is a key missing from a
/// <see cref="PropertyMap"/>; <see cref="NullValue"/> is an explicit null.
/// </summary>
public abstract record PropertyValue
{
    public static readonly PropertyValue Null = new NullValue();

    public static PropertyValue From(string value) => new StringValue(value);

    public static PropertyValue From(double value) => new NumberValue(value);

    public static PropertyValue From(bool value) => new BoolValue(value);

    /// <summary>True when this value or anything inside it is unknown (only during preview).</summary>
    public abstract bool ContainsUnknowns { get; }

    /// <summary>True when this value or anything inside it is secret.</summary>
    public abstract bool ContainsSecrets { get; }
}

public sealed record NullValue : PropertyValue
{
    public override bool ContainsUnknowns => false;

    public override bool ContainsSecrets => false;
}

public sealed record BoolValue(bool Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;

    public override bool ContainsSecrets => false;
}

public sealed record NumberValue(double Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;

    public override bool ContainsSecrets => false;
}

public sealed record StringValue(string Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;

    public override bool ContainsSecrets => false;
}

public sealed record ArrayValue(ImmutableArray<PropertyValue> Items) : PropertyValue
{
    public ArrayValue(IEnumerable<PropertyValue> items)
        : this(items.ToImmutableArray())
    {
    }

    public override bool ContainsUnknowns => Items.Any(i => i.ContainsUnknowns);

    public override bool ContainsSecrets => Items.Any(i => i.ContainsSecrets);

    public bool Equals(ArrayValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(17, (h, i) => HashCode.Combine(h, i));
}

public sealed record ObjectValue(PropertyMap Properties) : PropertyValue
{
    public override bool ContainsUnknowns => Properties.Values.Any(v => v.ContainsUnknowns);

    public override bool ContainsSecrets => Properties.Values.Any(v => v.ContainsSecrets);
}

/// <summary>A value the engine marked secret; it must come back secret in outputs.</summary>
public sealed record SecretValue(PropertyValue Inner) : PropertyValue
{
    public override bool ContainsUnknowns => Inner.ContainsUnknowns;

    public override bool ContainsSecrets => true;

    /// <summary>Never prints the inner value: a secret may reach a log through string formatting.</summary>
    public override string ToString() => "[secret]";
}

/// <summary>Which unknown sentinel the engine used; preserved so a round trip is exact.</summary>
public enum UnknownKind
{
    Generic,
    Bool,
    Number,
    Array,
    Asset,
    Archive,
    Object,
}

/// <summary>A value not known until apply (preview only).</summary>
public sealed record UnknownValue(UnknownKind Kind = UnknownKind.Generic) : PropertyValue
{
    public override bool ContainsUnknowns => true;

    public override bool ContainsSecrets => false;
}

/// <summary>A reference to another resource; <see cref="Id"/> is absent for component resources.</summary>
public sealed record ResourceReferenceValue(string Urn, PropertyValue? Id, string PackageVersion) : PropertyValue
{
    public override bool ContainsUnknowns => Id?.ContainsUnknowns ?? false;

    public override bool ContainsSecrets => false;
}

/// <summary>An output value: <see cref="Value"/> null means unknown.</summary>
public sealed record OutputValue(PropertyValue? Value, bool IsSecret, ImmutableArray<string> Dependencies) : PropertyValue
{
    public override bool ContainsUnknowns => Value is null || Value.ContainsUnknowns;

    public override bool ContainsSecrets => IsSecret || (Value?.ContainsSecrets ?? false);

    public bool Equals(OutputValue? other) =>
        other is not null && Equals(Value, other.Value) && IsSecret == other.IsSecret
        && Dependencies.SequenceEqual(other.Dependencies);

    public override int GetHashCode() => HashCode.Combine(Value, IsSecret, Dependencies.Length);
}

/// <summary>An asset or archive: carried through untouched (no resource here uses them).</summary>
public sealed record OpaqueSpecialValue(string Signature, PropertyMap Fields) : PropertyValue
{
    public override bool ContainsUnknowns => false;

    public override bool ContainsSecrets => Fields.Values.Any(v => v.ContainsSecrets);
}
