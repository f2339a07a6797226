namespace AlicloudLive.Values.Tests;

public class PropertyMapReadingTests
{
    private static readonly PropertyMap Inputs = PropertyMap.Of(
        ("name", PropertyValue.From("job")),
        ("secretName", new SecretValue(PropertyValue.From("hidden"))),
        ("outputName", new OutputValue(new SecretValue(PropertyValue.From("deep")), true, [])),
        ("pending", new OutputValue(null, false, [])),
        ("unknown", new UnknownValue(UnknownKind.Number)),
        ("nothing", PropertyValue.Null),
        ("count", PropertyValue.From(3)),
        ("zero", PropertyValue.From(0)),
        ("running", PropertyValue.From(false)),
        ("config", new ObjectValue(PropertyMap.Of(("k", PropertyValue.From("v"))))),
        ("urls", new ArrayValue([PropertyValue.From("rtmp://a")])));

    [TestCase("name", "job")]
    [TestCase("secretName", "hidden")]
    [TestCase("outputName", "deep")]
    public void GetString_sees_through_secret_and_output_wrappers(string key, string expected) =>
        Assert.That(Inputs.GetString(key), Is.EqualTo(expected));

    [TestCase("absent")]
    [TestCase("pending")]
    [TestCase("unknown")]
    [TestCase("nothing")]
    public void Every_reader_returns_null_for_absent_null_or_unknown(string key)
    {
        Assert.That(Inputs.GetString(key), Is.Null);
        Assert.That(Inputs.GetNumber(key), Is.Null);
        Assert.That(Inputs.GetBool(key), Is.Null);
        Assert.That(Inputs.GetObject(key), Is.Null);
        Assert.That(Inputs.GetArray(key), Is.Null);
    }

    [Test]
    public void Typed_readers_return_their_values()
    {
        Assert.That(Inputs.GetNumber("count"), Is.EqualTo(3));
        Assert.That(Inputs.GetNumber("zero"), Is.EqualTo(0));
        Assert.That(Inputs.GetBool("running"), Is.False);
        Assert.That(Inputs.GetObject("config")?.GetString("k"), Is.EqualTo("v"));
        Assert.That(Inputs.GetArray("urls"), Is.EqualTo(new[] { PropertyValue.From("rtmp://a") }));
    }

    [Test]
    public void A_value_of_another_type_is_reported_by_key_without_its_value()
    {
        var error = Assert.Throws<PropertyValueFormatException>(() => Inputs.GetNumber("secretName"))!;

        Assert.That(error.Path, Is.EqualTo("secretName"));
        Assert.That(error.Problem, Is.EqualTo("expected a number, got a string"));
        Assert.That(error.Message, Does.Not.Contain("hidden"));
    }
}
