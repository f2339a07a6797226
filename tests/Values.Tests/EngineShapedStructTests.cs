using System.Collections.Immutable;
using Google.Protobuf;

namespace AlicloudLive.Values.Tests;

/// <summary>Structs written the way the engine sends them (signatures spelled out, keys in sorted order).</summary>
public class EngineShapedStructTests
{
    private const string SecretObject = """
        {"streamInput": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                         "value": {"inputUrl": "rtmp://in.example.com/app/s", "type": "rtmp"}}}
        """;

    private const string OutputWithDependencies = """
        {"domainName": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4",
                        "dependencies": ["urn:pulumi:dev::p::pkg:m:A::a", "urn:pulumi:dev::p::pkg:m:B::b"],
                        "secret": true, "value": "live.example.com"}}
        """;

    private const string UnknownOutput = """
        {"templateId": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4",
                        "dependencies": ["urn:pulumi:dev::p::pkg:m:T::t"]}}
        """;

    private const string References = """
        {"component": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e",
                       "urn": "urn:pulumi:dev::p::my:index:Comp::c"},
         "pending": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e",
                     "id": "04da6b54-80e4-46f7-96ec-b56ff0331ba9", "urn": "urn:pulumi:dev::p::pkg:m:A::a"},
         "preview": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e",
                     "id": "", "urn": "urn:pulumi:dev::p::pkg:m:A::b"},
         "real": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e",
                  "id": "job-1", "packageVersion": "0.1.0", "urn": "urn:pulumi:dev::p::pkg:m:A::c"}}
        """;

    private const string AssetAndArchive = """
        {"archive": {"4dabf18193072939515e22adb298388d": "0def7320c3a5731c473e5ecbe6d01bc7",
                     "assets": {"a.txt": {"4dabf18193072939515e22adb298388d": "c44067f5952c0a294b673a41bacd8c17",
                                          "hash": "h1", "text": "hello"}},
                     "hash": "h2"},
         "asset": {"4dabf18193072939515e22adb298388d": "c44067f5952c0a294b673a41bacd8c17",
                   "hash": "h3", "path": "./file.txt"}}
        """;

    private const string PlainData = """
        {"count": 3, "enabled": false, "endTime": null, "ratio": -0.25,
         "sourceUrls": ["rtmp://a", "rtmp://b"], "timedConfig": {"startTime": "2026-01-01T00:00:00Z"}}
        """;

    [TestCase(SecretObject)]
    [TestCase(OutputWithDependencies)]
    [TestCase(UnknownOutput)]
    [TestCase(References)]
    [TestCase(AssetAndArchive)]
    [TestCase(PlainData)]
    public void Re_encoding_gives_back_the_same_struct_and_bytes(string json)
    {
        var wire = Wire.Parse(json);

        var again = StructCodec.Encode(StructCodec.Decode(wire));

        Assert.That(again, Is.EqualTo(wire));
        Assert.That(again.ToByteArray(), Is.EqualTo(wire.ToByteArray()));
    }

    [Test]
    public void A_secret_wrapped_object_decodes_to_a_secret_of_the_object()
    {
        var map = Wire.Decode(SecretObject);

        var expected = new SecretValue(new ObjectValue(PropertyMap.Of(
            ("inputUrl", PropertyValue.From("rtmp://in.example.com/app/s")),
            ("type", PropertyValue.From("rtmp")))));
        Assert.That(map["streamInput"], Is.EqualTo(expected));
        Assert.That(map.ContainsSecrets, Is.True);
    }

    [Test]
    public void An_output_value_keeps_its_value_secrecy_and_dependencies()
    {
        var output = (OutputValue)Wire.Decode(OutputWithDependencies)["domainName"];

        Assert.That(output.Value, Is.EqualTo(PropertyValue.From("live.example.com")));
        Assert.That(output.IsSecret, Is.True);
        Assert.That(output.Dependencies, Is.EqualTo(new[] { "urn:pulumi:dev::p::pkg:m:A::a", "urn:pulumi:dev::p::pkg:m:B::b" }));
    }

    [Test]
    public void An_output_value_without_a_value_is_unknown_and_not_secret()
    {
        var output = (OutputValue)Wire.Decode(UnknownOutput)["templateId"];

        Assert.That(output.Value, Is.Null);
        Assert.That(output.IsSecret, Is.False);
        Assert.That(output.ContainsUnknowns, Is.True);
    }

    [Test]
    public void An_output_value_may_spell_out_secret_false()
    {
        var output = (OutputValue)StructCodec.DecodeValue(Wire.Parse("""
            {"v": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "secret": false, "value": 1}}
            """).Fields["v"]);

        Assert.That(output, Is.EqualTo(new OutputValue(PropertyValue.From(1), false, ImmutableArray<string>.Empty)));
    }

    [Test]
    public void Resource_references_keep_an_absent_empty_or_unknown_id_apart()
    {
        var map = Wire.Decode(References);

        Assert.That(map["component"], Is.EqualTo(new ResourceReferenceValue("urn:pulumi:dev::p::my:index:Comp::c", null, "")));
        Assert.That(map["pending"], Is.EqualTo(new ResourceReferenceValue("urn:pulumi:dev::p::pkg:m:A::a", new UnknownValue(), "")));
        Assert.That(map["preview"], Is.EqualTo(new ResourceReferenceValue("urn:pulumi:dev::p::pkg:m:A::b", PropertyValue.From(""), "")));
        Assert.That(map["real"], Is.EqualTo(new ResourceReferenceValue("urn:pulumi:dev::p::pkg:m:A::c", PropertyValue.From("job-1"), "0.1.0")));
    }

    [Test]
    public void Assets_and_archives_carry_their_fields_untouched()
    {
        var map = Wire.Decode(AssetAndArchive);

        var archive = (OpaqueSpecialValue)map["archive"];
        Assert.That(archive.Signature, Is.EqualTo(SpecialSignatures.Archive));
        Assert.That(archive.Fields.Keys, Is.EqualTo(new[] { "assets", "hash" }));
        var inner = (OpaqueSpecialValue)((ObjectValue)archive.Fields["assets"]).Properties["a.txt"];
        Assert.That(inner.Fields["text"], Is.EqualTo(PropertyValue.From("hello")));
        Assert.That(((OpaqueSpecialValue)map["asset"]).Fields["path"], Is.EqualTo(PropertyValue.From("./file.txt")));
    }

    [Test]
    public void Null_stays_null_and_absent_stays_absent()
    {
        var map = Wire.Decode(PlainData);

        Assert.That(map["endTime"], Is.EqualTo(PropertyValue.Null));
        Assert.That(map.ContainsKey("startTime"), Is.False);
        Assert.That(StructCodec.Encode(map).Fields.ContainsKey("startTime"), Is.False);
    }

    [Test]
    public void Numbers_are_doubles()
    {
        var map = Wire.Decode(PlainData);

        Assert.That(map["count"], Is.EqualTo(new NumberValue(3.0)));
        Assert.That(map["ratio"], Is.EqualTo(new NumberValue(-0.25)));
    }

    [TestCase("04da6b54-80e4-46f7-96ec-b56ff0331ba9", UnknownKind.Generic)]
    [TestCase("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", UnknownKind.Bool)]
    [TestCase("3eeb2bf0-c639-47a8-9e75-3b44932eb421", UnknownKind.Number)]
    [TestCase("6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", UnknownKind.Array)]
    [TestCase("030794c1-ac77-496b-92df-f27374a8bd58", UnknownKind.Asset)]
    [TestCase("e48ece36-62e2-4504-bad9-02848725956a", UnknownKind.Archive)]
    [TestCase("dd056dcd-154b-4c76-9bd3-c8f88648b5ff", UnknownKind.Object)]
    public void Every_unknown_sentinel_decodes_to_its_kind_and_back(string sentinel, UnknownKind kind)
    {
        var wire = Wire.Parse($$"""{"x": ["{{sentinel}}"]}""");

        var map = StructCodec.Decode(wire);

        Assert.That(map["x"], Is.EqualTo(new ArrayValue([new UnknownValue(kind)])));
        Assert.That(StructCodec.Encode(map), Is.EqualTo(wire));
    }

    [Test]
    public void A_missing_struct_is_an_empty_map() =>
        Assert.That(StructCodec.Decode(null), Is.EqualTo(PropertyMap.Empty));
}
