using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Values;

/// <summary>
/// Converts between google.protobuf.Struct/Value and the property-value model (docs/protocol.md, "Values").
/// Decode(Encode(x)) == x for every encodable value; Encode(Decode(s)) equals s for every Struct in the engine's
/// canonical form. Malformed input raises <see cref="PropertyValueFormatException"/> naming the property path.
/// </summary>
public static class StructCodec
{
    /// <summary>A missing Struct (an absent message field) is an empty map.</summary>
    public static PropertyMap Decode(Struct? s) => s is null ? PropertyMap.Empty : StructDecoder.DecodeMap(s, "", 0);

    public static Struct Encode(PropertyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return StructEncoder.EncodeMap(map, "");
    }

    public static PropertyValue DecodeValue(Value v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return StructDecoder.DecodeValue(v, "", 0);
    }

    public static Value EncodeValue(PropertyValue v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return StructEncoder.EncodeValue(v, "");
    }
}
