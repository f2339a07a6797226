using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Values;

/// <summary>google.protobuf.Value → <see cref="PropertyValue"/>, tracking the property path for error messages.</summary>
internal static class StructDecoder
{
    // Protobuf's parser stops at 100 levels; an in-memory Struct could go deeper and overflow the stack.
    private const int MaxDepth = 256;

    public static PropertyMap DecodeMap(Struct s, string path, int depth)
    {
        var items = new List<KeyValuePair<string, PropertyValue>>(s.Fields.Count);
        foreach (var (key, value) in s.Fields)
        {
            var childPath = PropertyPath.Key(path, key);
            items.Add(KeyValuePair.Create(key, DecodeValue(value, childPath, depth + 1)));
        }

        return PropertyMap.Of(items);
    }

    public static PropertyValue DecodeValue(Value v, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Malformed(path, $"is nested more than {MaxDepth} levels deep");
        }

        return v.KindCase switch
        {
            Value.KindOneofCase.NullValue => PropertyValue.Null,
            Value.KindOneofCase.BoolValue => new BoolValue(v.BoolValue),
            Value.KindOneofCase.NumberValue => new NumberValue(v.NumberValue),
            Value.KindOneofCase.StringValue => DecodeString(v.StringValue),
            Value.KindOneofCase.ListValue => new ArrayValue(
                v.ListValue.Values.Select((item, i) => DecodeValue(item, PropertyPath.Index(path, i), depth + 1))),
            Value.KindOneofCase.StructValue => DecodeObject(v.StructValue, path, depth),
            _ => throw Malformed(path, "has no kind set"),
        };
    }

    private static PropertyValue DecodeString(string s) =>
        UnknownSentinels.TryParse(s, out var kind) ? new UnknownValue(kind) : new StringValue(s);

    private static PropertyValue DecodeObject(Struct s, string path, int depth)
    {
        if (!s.Fields.TryGetValue(SpecialSignatures.Key, out var sig))
        {
            return new ObjectValue(DecodeMap(s, path, depth));
        }

        if (sig.KindCase != Value.KindOneofCase.StringValue)
        {
            throw Malformed(path, $"special-object signature must be a string, got {ValueKinds.Describe(sig)}");
        }

        return sig.StringValue switch
        {
            SpecialSignatures.Secret => DecodeSecret(s, path, depth),
            SpecialSignatures.ResourceReference => DecodeResourceReference(s, path),
            SpecialSignatures.OutputValue => DecodeOutputValue(s, path, depth),
            var opaque when SpecialSignatures.IsOpaque(opaque) => new OpaqueSpecialValue(opaque, DecodeMap(WithoutSignature(s), path, depth)),
            _ => throw Malformed(path, "has an unrecognised special-object signature"),
        };
    }

    private static SecretValue DecodeSecret(Struct s, string path, int depth) =>
        s.Fields.TryGetValue("value", out var inner)
            ? new SecretValue(DecodeValue(inner, path, depth + 1))
            : throw Malformed(path, "secret has no \"value\"");

    private static ResourceReferenceValue DecodeResourceReference(Struct s, string path)
    {
        var urn = OptionalString(s, "urn", path) ?? throw Malformed(path, "resource reference has no \"urn\"");
        PropertyValue? id = s.Fields.TryGetValue("id", out var idValue)
            ? idValue.KindCase == Value.KindOneofCase.StringValue
                ? DecodeString(idValue.StringValue)
                : throw Malformed(path, $"resource reference \"id\" must be a string, got {ValueKinds.Describe(idValue)}")
            : null;
        return new ResourceReferenceValue(urn, id, OptionalString(s, "packageVersion", path) ?? "");
    }

    private static OutputValue DecodeOutputValue(Struct s, string path, int depth)
    {
        var value = s.Fields.TryGetValue("value", out var inner) ? DecodeValue(inner, path, depth + 1) : null;
        var secret = false;
        if (s.Fields.TryGetValue("secret", out var secretValue))
        {
            secret = secretValue.KindCase == Value.KindOneofCase.BoolValue
                ? secretValue.BoolValue
                : throw Malformed(path, $"output value \"secret\" must be a bool, got {ValueKinds.Describe(secretValue)}");
        }

        return new OutputValue(value, secret, DecodeDependencies(s, path));
    }

    private static ImmutableArray<string> DecodeDependencies(Struct s, string path)
    {
        if (!s.Fields.TryGetValue("dependencies", out var deps))
        {
            return ImmutableArray<string>.Empty;
        }

        if (deps.KindCase != Value.KindOneofCase.ListValue
            || deps.ListValue.Values.Any(d => d.KindCase != Value.KindOneofCase.StringValue))
        {
            throw Malformed(path, "output value \"dependencies\" must be a list of strings");
        }

        return deps.ListValue.Values.Select(d => d.StringValue).ToImmutableArray();
    }

    private static string? OptionalString(Struct s, string field, string path)
    {
        if (!s.Fields.TryGetValue(field, out var v))
        {
            return null;
        }

        return v.KindCase == Value.KindOneofCase.StringValue
            ? v.StringValue
            : throw Malformed(path, $"\"{field}\" must be a string, got {ValueKinds.Describe(v)}");
    }

    private static Struct WithoutSignature(Struct s)
    {
        var copy = s.Clone();
        copy.Fields.Remove(SpecialSignatures.Key);
        return copy;
    }

    private static PropertyValueFormatException Malformed(string path, string problem) => new(path, problem);
}
