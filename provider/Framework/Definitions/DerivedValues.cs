using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// Values a component computes from its inputs: unknown when any part is unknown (a preview never guesses), secret
/// when any part is secret.
/// </summary>
public static class DerivedValues
{
    /// <summary>The parts' text joined; each part must be a string once revealed (or unknown).</summary>
    public static PropertyValue Concat(params PropertyValue[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Any(p => p.ContainsUnknowns))
        {
            return Secret(new UnknownValue(), parts);
        }

        var text = string.Concat(parts.Select(p => SecretValues.Reveal(p) is StringValue s
            ? s.Value
            : throw new ArgumentException($"a {p.GetType().Name} is not text", nameof(parts))));
        return Secret(PropertyValue.From(text), parts);
    }

    /// <summary>A child's output, or unknown when the child has none yet (a preview of its create).</summary>
    public static PropertyValue Output(ChildResource child, string key)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.Outputs.GetOrNull(key) ?? (child.Id.Length == 0 ? new UnknownValue() : PropertyValue.Null);
    }

    /// <summary>A child's id, unknown in a preview of its create.</summary>
    public static PropertyValue Id(ChildResource child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.Id.Length == 0 ? new UnknownValue() : PropertyValue.From(child.Id);
    }

    private static PropertyValue Secret(PropertyValue value, PropertyValue[] parts) =>
        parts.Any(p => p.ContainsSecrets) ? SecretValues.MakeSecret(value) : value;
}
