using AlicloudLive.Values.Tests.Generators;
using Google.Protobuf;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace AlicloudLive.Values.Tests;

public class CodecProperties
{
    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool Decoding_an_encoded_value_gives_it_back(PropertyValue value) =>
        StructCodec.DecodeValue(StructCodec.EncodeValue(value)).Equals(value);

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 300)]
    public bool Decoding_an_encoded_map_gives_it_back(PropertyMap map) =>
        StructCodec.Decode(StructCodec.Encode(map)).Equals(map);

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 300)]
    public bool Re_encoding_a_decoded_struct_gives_the_same_bytes(PropertyMap map)
    {
        var wire = StructCodec.Encode(map);
        var again = StructCodec.Encode(StructCodec.Decode(wire));
        return again.Equals(wire) && again.ToByteArray().AsSpan().SequenceEqual(wire.ToByteArray());
    }

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 300)]
    public bool Encoding_is_deterministic(PropertyMap map)
    {
        var copy = PropertyMap.Of(map.Reverse());
        return StructCodec.Encode(map).ToByteArray().AsSpan().SequenceEqual(StructCodec.Encode(copy).ToByteArray());
    }

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool ContainsSecrets_agrees_with_a_reference_walk(PropertyValue value) =>
        value.ContainsSecrets == ReferenceWalk.HasSecret(value);

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 500)]
    public bool ContainsUnknowns_agrees_with_a_reference_walk(PropertyValue value) =>
        value.ContainsUnknowns == ReferenceWalk.HasUnknown(value);
}
