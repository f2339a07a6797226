namespace AlicloudLive.Values;

/// <summary>Secret handling: a secret input must always come back as a secret output.</summary>
public static class SecretValues
{
    /// <summary>The value with every secret wrapper removed, at any depth (for sending to the cloud).</summary>
    public static PropertyValue Reveal(PropertyValue v) => v switch
    {
        SecretValue s => Reveal(s.Inner),
        ArrayValue a => new ArrayValue(a.Items.Select(Reveal)),
        ObjectValue o => new ObjectValue(Reveal(o.Properties)),
        OutputValue o => o with { Value = o.Value is null ? null : Reveal(o.Value), IsSecret = false },
        OpaqueSpecialValue o => o with { Fields = Reveal(o.Fields) },
        _ => v,
    };

    public static PropertyMap Reveal(PropertyMap map) =>
        PropertyMap.Of(map.Select(kv => KeyValuePair.Create(kv.Key, Reveal(kv.Value))));

    /// <summary>True when the value itself (not merely something inside it) is secret.</summary>
    public static bool IsSecret(PropertyValue v) => v is SecretValue or OutputValue { IsSecret: true };

    /// <summary>Marks the value secret; a value that already is secret is returned unchanged.</summary>
    public static PropertyValue MakeSecret(PropertyValue v) => v switch
    {
        _ when IsSecret(v) => v,
        OutputValue o => o with { IsSecret = true },
        _ => new SecretValue(v),
    };

    /// <summary>
    /// Makes every top-level output secret whose input of the same key contains a secret anywhere, so the engine
    /// never stores in plain text what the user gave as a secret.
    /// </summary>
    public static PropertyMap SecretOutputsLikeInputs(PropertyMap outputs, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(inputs);
        return PropertyMap.Of(outputs.Select(kv =>
            inputs.TryGetValue(kv.Key, out var input) && input.ContainsSecrets
                ? KeyValuePair.Create(kv.Key, MakeSecret(kv.Value))
                : kv));
    }
}
