using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Values;

/// <summary>
/// <see cref="PropertyValue"/> → google.protobuf.Value in the engine's canonical form: optional fields
/// (output "secret" when false, empty "dependencies", empty "packageVersion", absent "id") are left out, and
/// every Struct's keys are inserted in ordinal order, so the bytes match a deterministic Go marshal.
/// </summary>
internal static class StructEncoder
{
    public static Struct EncodeMap(PropertyMap map, string path)
    {
        var s = new Struct();
        foreach (var (key, value) in map)
        {
            s.Fields.Add(key, EncodeValue(value, PropertyPath.Key(path, key)));
        }

        return s;
    }

    public static Value EncodeValue(PropertyValue v, string path) => v switch
    {
        NullValue => Value.ForNull(),
        BoolValue b => Value.ForBool(b.Value),
        NumberValue n => Value.ForNumber(n.Value),
        StringValue s => EncodeString(s.Value, path),
        ArrayValue a => Value.ForList(a.Items.Select((item, i) => EncodeValue(item, PropertyPath.Index(path, i))).ToArray()),
        ObjectValue o => Value.ForStruct(EncodeObject(o.Properties, path)),
        UnknownValue u => Value.ForString(UnknownSentinels.For(u.Kind)),
        SecretValue secret => Special(SpecialSignatures.Secret, ("value", EncodeValue(secret.Inner, path))),
        ResourceReferenceValue r => EncodeResourceReference(r, path),
        OutputValue o => EncodeOutputValue(o, path),
        OpaqueSpecialValue o => EncodeOpaque(o, path),
        _ => throw new PropertyValueFormatException(path, $"cannot encode {v.GetType().Name}"),
    };

    private static Value EncodeString(string s, string path) =>
        UnknownSentinels.TryParse(s, out _)
            ? throw new PropertyValueFormatException(path, "a string equal to an unknown-value sentinel cannot be encoded unambiguously")
            : Value.ForString(s);

    private static Struct EncodeObject(PropertyMap properties, string path) =>
        properties.ContainsKey(SpecialSignatures.Key)
            ? throw new PropertyValueFormatException(path, "a plain object cannot use the special-object signature key")
            : EncodeMap(properties, path);

    private static Value EncodeResourceReference(ResourceReferenceValue r, string path)
    {
        var fields = new List<(string, Value)> { ("urn", Value.ForString(r.Urn)) };
        switch (r.Id)
        {
            case null:
                break;
            case StringValue or UnknownValue:
                fields.Add(("id", EncodeValue(r.Id, path)));
                break;
            default:
                throw new PropertyValueFormatException(path, $"resource reference id must be a string or unknown, not {ValueKinds.Describe(r.Id)}");
        }

        if (r.PackageVersion.Length > 0)
        {
            fields.Add(("packageVersion", Value.ForString(r.PackageVersion)));
        }

        return Special(SpecialSignatures.ResourceReference, [.. fields]);
    }

    private static Value EncodeOutputValue(OutputValue o, string path)
    {
        var fields = new List<(string, Value)>();
        if (o.Value is not null)
        {
            fields.Add(("value", EncodeValue(o.Value, path)));
        }

        if (o.IsSecret)
        {
            fields.Add(("secret", Value.ForBool(true)));
        }

        if (!o.Dependencies.IsDefaultOrEmpty)
        {
            fields.Add(("dependencies", Value.ForList(o.Dependencies.Select(Value.ForString).ToArray())));
        }

        return Special(SpecialSignatures.OutputValue, [.. fields]);
    }

    private static Value EncodeOpaque(OpaqueSpecialValue o, string path)
    {
        if (!SpecialSignatures.IsOpaque(o.Signature))
        {
            throw new PropertyValueFormatException(path, "an opaque special value must carry the asset or archive signature");
        }

        if (o.Fields.ContainsKey(SpecialSignatures.Key))
        {
            throw new PropertyValueFormatException(path, "an opaque special value's fields cannot include the signature key");
        }

        return Special(o.Signature, [.. o.Fields.Select(kv => (kv.Key, EncodeValue(kv.Value, PropertyPath.Key(path, kv.Key))))]);
    }

    private static Value Special(string signature, params (string Key, Value Value)[] fields)
    {
        var s = new Struct();
        foreach (var (key, value) in fields.Append((SpecialSignatures.Key, Value.ForString(signature))).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            s.Fields.Add(key, value);
        }

        return Value.ForStruct(s);
    }
}
