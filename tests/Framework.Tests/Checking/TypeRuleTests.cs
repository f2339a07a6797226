using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Checking;

/// <summary>Check's single-property rules: required, types, object fields, unknown names, validators.</summary>
public class TypeRuleTests
{
    [Test]
    public void Valid_inputs_pass_and_keep_their_secrets()
    {
        var outcome = Checks.Run(Widgets.Inputs);

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(outcome.Inputs["password"], Is.EqualTo(V.Secret(Widgets.Password)));
    }

    [Test]
    public void Missing_required_properties_fail_by_name()
    {
        var outcome = Checks.Run(Widgets.Inputs.Remove("kind").Set("source", V.Null));

        Assert.That(outcome.Pairs(), Is.EquivalentTo(new[] { ("kind", "is required"), ("source", "is required") }));
    }

    [Test]
    public void Integer_takes_whole_numbers_only_while_number_takes_fractions()
    {
        Assert.That(Checks.Run(Widgets.Inputs.Set("size", V.N(1.5))).Pairs(), Is.EqualTo(new[] { ("size", "must be a whole number from -2147483648 to 2147483647") }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("size", V.S("2"))).Pairs(), Is.EqualTo(new[] { ("size", "must be a whole number from -2147483648 to 2147483647") }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("ratio", V.N(0.5))).Failures, Is.Empty);
        Assert.That(Checks.Run(Widgets.Inputs.Set("ratio", V.S("half"))).Pairs(), Is.EqualTo(new[] { ("ratio", "must be a number") }));
    }

    [Test]
    public void An_enum_names_its_allowed_values()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("kind", V.S("Huge")));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("kind", "must be one of Small, Large") }));
    }

    [Test]
    public void Object_fields_are_checked_under_their_path()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("source", V.Obj(("url", V.N(5)), ("bogus", V.N(1)))));

        Assert.That(outcome.Pairs(), Is.EquivalentTo(new[]
        {
            ("source.url", "must be a string"),
            ("source.bogus", "is not a property of test:index:WidgetSource; known properties: url, port, protocol"),
        }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("source", V.Obj())).Pairs(), Is.EqualTo(new[] { ("source.url", "is required") }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("source", V.S("rtmp://x/y/z"))).Pairs(), Is.EqualTo(new[] { ("source", "must be an object") }));
    }

    [Test]
    public void Array_items_and_map_values_are_checked_under_their_paths()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("tags", V.Arr(V.S("ok"), V.N(1))).Set("labels", V.Obj(("x.y", V.Arr()))));

        Assert.That(outcome.Pairs(), Is.EquivalentTo(new[] { ("tags[1]", "must be a string"), ("labels[\"x.y\"]", "must be a string") }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("tags", V.S("a"))).Pairs(), Is.EqualTo(new[] { ("tags", "must be a list") }));
        Assert.That(Checks.Run(Widgets.Inputs.Set("labels", V.Arr())).Pairs(), Is.EqualTo(new[] { ("labels", "must be a map") }));
    }

    [Test]
    public void An_unknown_property_name_is_rejected_with_the_known_ones()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("colour", V.S("red")));

        var known = string.Join(", ", Widgets.Resource.Inputs.Select(p => p.Name));
        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("colour", $"is not a property of test:index:Widget; known properties: {known}") }));
    }

    [Test]
    public void An_unknown_property_name_that_is_not_an_identifier_is_named_in_path_notation()
    {
        var outcome = Checks.Run(Widgets.Inputs
            .Set("", V.N(1))
            .Set("name ", V.N(1))
            .Set("a.b", V.N(1))
            .Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("x y", V.N(1)))));

        Assert.That(outcome.Failures.Select(f => f.Property), Is.EquivalentTo(new[] { "[\"\"]", "[\"name \"]", "[\"a.b\"]", "source[\"x y\"]" }));
    }

    [Test]
    public void A_validator_of_a_list_never_sees_an_item_whose_fields_failed_their_type()
    {
        var item = new ObjectType("test:index:Item", "An item.", [new PropertyDefinition("key", TypeRef.String, "A key.")]);
        var distinct = new Validator("list each key once", v => ((ArrayValue)v).Items.Select(i => ((ObjectValue)i).Properties.GetString("key")).Distinct().Count() == ((ArrayValue)v).Items.Length);
        var items = new PropertyDefinition("items", TypeRef.ArrayOf(item), "Items.") { Validators = [distinct] };
        var news = PropertyMap.Of(("items", V.Arr(V.Obj(("key", V.S("a"))), V.Obj(("key", V.N(1))))));

        var outcome = CheckEngine.Run(new CheckInput("w1", news, PropertyMap.Empty, Checks.Seed, null, ManualClock.Start), "test:index:Thing", [items], null, _ => []);

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("items[1].key", "must be a string") }));
    }

    [Test]
    public void Validator_failures_state_the_rule()
    {
        var outcome = Checks.Run(Widgets.Inputs
            .Set("size", V.N(11))
            .Set("source", V.Obj(("url", V.S("http://live.example.com/app/s")), ("port", V.N(0))))
            .Set("tags", V.Arr(V.S("a"), V.S("b"), V.S("c"), V.S("d")))
            .Set("endTime", V.S("tomorrow")));

        Assert.That(outcome.Pairs(), Is.EquivalentTo(new[]
        {
            ("size", "must be between 1 and 10"),
            ("source.url", "must be a rtmp:// URL"),
            ("source.port", "must be between 1 and 65535"),
            ("tags", "must have 0 to 3 items"),
            ("endTime", "must be an ISO 8601 UTC time such as 2026-01-02T15:04:05Z"),
        }));
    }

    [Test]
    public void A_failing_secret_is_named_but_its_value_is_not_shown()
    {
        var tooLong = new string('s', 41);

        var outcome = Checks.Run(Widgets.Inputs.Set("password", V.Secret(tooLong)));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("password", "must be at most 40 characters long (it has 41)") }));
        Assert.That(outcome.Failures.Select(f => f.Reason), Has.None.Contains(tooLong[..10]));
    }

    [Test]
    public void Defaults_fill_missing_and_null_values_but_not_given_ones()
    {
        Assert.That(Checks.Run(Widgets.Inputs.Remove("size")).Inputs["size"], Is.EqualTo(V.N(1)));
        Assert.That(Checks.Run(Widgets.Inputs.Set("size", V.Null)).Inputs["size"], Is.EqualTo(V.N(1)));
        Assert.That(Checks.Run(Widgets.Inputs.Set("size", V.N(7))).Inputs["size"], Is.EqualTo(V.N(7)));
    }

    [Test]
    public void Unknown_values_pass_every_rule()
    {
        var outcome = Checks.Run(Widgets.Inputs
            .Set("kind", V.Unknown)
            .Set("size", V.Unknown)
            .Set("tags", V.Arr(V.Unknown))
            .Set("source", V.Obj(("url", V.Unknown)))
            .Set("startTime", V.Unknown)
            .Set("password", V.Secret(V.Unknown)));

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(Checks.Run(Widgets.Inputs.Set("source", V.Unknown)).Failures, Is.Empty);
    }

    [Test]
    public void Engine_internal_keys_are_not_rejected()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("__defaults", V.Arr()));

        Assert.That(outcome.Failures, Is.Empty);
    }
}
