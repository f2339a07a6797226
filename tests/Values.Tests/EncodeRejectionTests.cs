namespace AlicloudLive.Values.Tests;

/// <summary>Model values that have no unambiguous wire form are refused with their path.</summary>
public class EncodeRejectionTests
{
    private static PropertyMap Nested(PropertyValue v) =>
        PropertyMap.Of(("outer", new ObjectValue(PropertyMap.Of(("inner", v)))));

    [Test]
    public void An_object_using_the_signature_key_is_refused()
    {
        var value = new ObjectValue(PropertyMap.Of((SpecialSignatures.Key, PropertyValue.From(SpecialSignatures.Secret))));

        var error = Assert.Throws<PropertyValueFormatException>(() => StructCodec.Encode(Nested(value)))!;

        Assert.That(error.Path, Is.EqualTo("outer.inner"));
    }

    [Test]
    public void A_string_equal_to_an_unknown_sentinel_is_refused()
    {
        var value = PropertyValue.From(UnknownSentinels.For(UnknownKind.Object));

        var error = Assert.Throws<PropertyValueFormatException>(() => StructCodec.Encode(Nested(value)))!;

        Assert.That(error.Problem, Does.Contain("sentinel"));
    }

    [Test]
    public void An_opaque_value_with_another_signature_is_refused() =>
        Assert.Throws<PropertyValueFormatException>(() =>
            StructCodec.EncodeValue(new OpaqueSpecialValue(SpecialSignatures.Secret, PropertyMap.Empty)));

    [Test]
    public void A_resource_reference_with_a_number_id_is_refused() =>
        Assert.Throws<PropertyValueFormatException>(() =>
            StructCodec.EncodeValue(new ResourceReferenceValue("urn", PropertyValue.From(1), "")));

    [Test]
    public void Optional_fields_are_left_out_as_the_engine_does()
    {
        var output = StructCodec.EncodeValue(new OutputValue(null, false, []));
        var reference = StructCodec.EncodeValue(new ResourceReferenceValue("urn", null, ""));

        Assert.That(output.StructValue.Fields.Keys, Is.EqualTo(new[] { SpecialSignatures.Key }));
        Assert.That(reference.StructValue.Fields.Keys, Is.EquivalentTo(new[] { SpecialSignatures.Key, "urn" }));
    }
}
