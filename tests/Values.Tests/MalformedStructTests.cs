using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Values.Tests;

/// <summary>Malformed special objects raise PropertyValueFormatException naming the path and the problem.</summary>
public class MalformedStructTests
{
    private const string Sig = "4dabf18193072939515e22adb298388d";

    [TestCase("""{"a": {"4dabf18193072939515e22adb298388d": "00000000000000000000000000000000"}}""", "a", "unrecognised special-object signature")]
    [TestCase("""{"a": {"4dabf18193072939515e22adb298388d": 7}}""", "a", "signature must be a string, got a number")]
    [TestCase("""{"x": {"b": [1, {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270"}]}}""", "x.b[1]", "secret has no \"value\"")]
    [TestCase("""{"streamInput": {"inputUrl": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", "id": "i"}}}""", "streamInput.inputUrl", "resource reference has no \"urn\"")]
    [TestCase("""{"r": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", "urn": 1}}""", "r", "\"urn\" must be a string, got a number")]
    [TestCase("""{"r": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", "urn": "u", "id": true}}""", "r", "\"id\" must be a string, got a bool")]
    [TestCase("""{"r": {"4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", "urn": "u", "packageVersion": []}}""", "r", "\"packageVersion\" must be a string, got a list")]
    [TestCase("""{"o": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "secret": "yes"}}""", "o", "\"secret\" must be a bool, got a string")]
    [TestCase("""{"o": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "dependencies": "urn"}}""", "o", "\"dependencies\" must be a list of strings")]
    [TestCase("""{"o": {"4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "dependencies": ["urn", 2]}}""", "o", "\"dependencies\" must be a list of strings")]
    [TestCase("""{"x.y": {"4dabf18193072939515e22adb298388d": "bad"}}""", "[\"x.y\"]", "unrecognised special-object signature")]
    public void A_malformed_special_object_is_reported_with_its_path(string json, string path, string problem)
    {
        var wire = Wire.Parse(json);

        var error = Assert.Throws<PropertyValueFormatException>(() => StructCodec.Decode(wire))!;

        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(error.Problem, Does.Contain(problem));
        Assert.That(error.Message, Does.Contain($"'{path}'").And.Contain(problem));
    }

    [Test]
    public void A_value_with_no_kind_is_malformed()
    {
        var wire = new Struct { Fields = { ["list"] = Value.ForList(Value.ForNumber(1), new Value()) } };

        var error = Assert.Throws<PropertyValueFormatException>(() => StructCodec.Decode(wire))!;

        Assert.That(error.Path, Is.EqualTo("list[1]"));
    }

    [Test]
    public void Nesting_beyond_the_depth_limit_is_malformed_not_a_stack_overflow()
    {
        var deep = Value.ForNull();
        for (var i = 0; i < 1000; i++)
        {
            deep = Value.ForList(deep);
        }

        Assert.Throws<PropertyValueFormatException>(() => StructCodec.DecodeValue(deep));
    }

    [Test]
    public void A_malformed_value_inside_a_secret_never_shows_the_secret()
    {
        var wire = Wire.Parse("""
            {"token": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                       "value": {"4dabf18193072939515e22adb298388d": "feedface", "text": "hunter2"}}}
            """);

        var error = Assert.Throws<PropertyValueFormatException>(() => StructCodec.Decode(wire))!;

        Assert.That(error.Path, Is.EqualTo("token"));
        Assert.That(error.ToString(), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void The_exception_is_a_format_exception() =>
        Assert.That(new PropertyValueFormatException("a", "b"), Is.InstanceOf<FormatException>());

    [Test]
    public void A_special_object_key_at_the_top_level_is_an_ordinary_property()
    {
        var wire = new Struct { Fields = { [Sig] = Value.ForString("x") } };

        Assert.That(StructCodec.Decode(wire)[Sig], Is.EqualTo(PropertyValue.From("x")));
    }
}
