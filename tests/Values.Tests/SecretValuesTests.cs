using System.Collections.Immutable;

namespace AlicloudLive.Values.Tests;

public class SecretValuesTests
{
    private static readonly PropertyValue Hidden = new SecretValue(PropertyValue.From("hunter2"));

    [Test]
    public void Reveal_strips_secrets_at_every_depth()
    {
        var value = new ObjectValue(PropertyMap.Of(
            ("list", new ArrayValue([Hidden, new OutputValue(Hidden, true, ["urn:a"])])),
            ("plain", PropertyValue.From(1))));

        var revealed = SecretValues.Reveal(value);

        var expected = new ObjectValue(PropertyMap.Of(
            ("list", new ArrayValue([PropertyValue.From("hunter2"), new OutputValue(PropertyValue.From("hunter2"), false, ["urn:a"])])),
            ("plain", PropertyValue.From(1))));
        Assert.That(revealed, Is.EqualTo(expected));
    }

    [Test]
    public void IsSecret_looks_at_the_top_level_only()
    {
        Assert.That(SecretValues.IsSecret(Hidden), Is.True);
        Assert.That(SecretValues.IsSecret(new OutputValue(null, true, [])), Is.True);
        Assert.That(SecretValues.IsSecret(new OutputValue(Hidden, false, [])), Is.False);
        Assert.That(SecretValues.IsSecret(new ArrayValue([Hidden])), Is.False);
    }

    [Test]
    public void MakeSecret_marks_an_output_value_rather_than_wrapping_it()
    {
        var output = new OutputValue(PropertyValue.From("x"), false, ["urn:a"]);

        Assert.That(SecretValues.MakeSecret(output), Is.EqualTo(output with { IsSecret = true }));
        Assert.That(SecretValues.MakeSecret(PropertyValue.From("x")), Is.EqualTo(new SecretValue(PropertyValue.From("x"))));
        Assert.That(SecretValues.MakeSecret(Hidden), Is.SameAs(Hidden));
    }

    [Test]
    public void Outputs_whose_inputs_held_a_secret_come_back_secret()
    {
        var inputs = PropertyMap.Of(
            ("streamInput", new ObjectValue(PropertyMap.Of(("inputUrl", Hidden)))),
            ("name", PropertyValue.From("job")));
        var outputs = PropertyMap.Of(
            ("streamInput", new ObjectValue(PropertyMap.Of(("inputUrl", PropertyValue.From("hunter2"))))),
            ("name", PropertyValue.From("job")),
            ("jobId", PropertyValue.From("j-1")));

        var result = SecretValues.SecretOutputsLikeInputs(outputs, inputs);

        Assert.That(result["streamInput"], Is.EqualTo(new SecretValue(outputs["streamInput"])));
        Assert.That(result["name"], Is.EqualTo(outputs["name"]));
        Assert.That(result["jobId"], Is.EqualTo(outputs["jobId"]));
    }

    [Test]
    public void A_secret_inside_an_output_value_counts_as_a_secret_input()
    {
        var inputs = PropertyMap.Of(("token", new OutputValue(Hidden, false, ImmutableArray<string>.Empty)));
        var outputs = PropertyMap.Of(("token", PropertyValue.From("hunter2")));

        Assert.That(SecretValues.IsSecret(SecretValues.SecretOutputsLikeInputs(outputs, inputs)["token"]), Is.True);
    }
}
