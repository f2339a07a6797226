using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Checking;

/// <summary>Numbers and strings are checked, never clamped: int32 for every integer, a length and no control characters for every string.</summary>
public class BoundsTests
{
    [TestCase(1e308)]
    [TestCase(1e12)]
    [TestCase(2147483648d)]
    [TestCase(-2147483649d)]
    public void An_integer_beyond_int32_fails_naming_the_range(double value)
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://a.example.com/x")), ("port", V.N(value)))));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("source.port", "must be a whole number from -2147483648 to 2147483647") }));
    }

    [Test]
    public void Int32_limits_themselves_pass_the_type_check()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("size", V.N(int.MaxValue)));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("size", "must be between 1 and 10") }), "only the declared range fails, not the type");
    }

    [Test]
    public void A_one_megabyte_name_fails_with_its_length()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("name", V.S(new string('n', 1 << 20))));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("name", "must be at most 40 characters long (it has 1048576)") }));
    }

    [Test]
    public void The_length_bound_applies_to_each_item_of_a_list_and_to_secrets()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("tags", V.Arr(V.S("ok"), V.S(new string('t', 21)))).Set("password", V.Secret(new string('p', 41))));

        Assert.That(outcome.Pairs(), Is.EquivalentTo(new[]
        {
            ("tags[1]", "must be at most 20 characters long (it has 21)"),
            ("password", "must be at most 40 characters long (it has 41)"),
        }));
    }

    [TestCase("w\u00001", "U+0000 at position 1")]
    [TestCase("w1\n", "U+000A at position 2")]
    [TestCase("\u007fw", "U+007F at position 0")]
    public void A_control_character_in_a_string_fails_naming_it(string name, string where)
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("name", V.S(name)));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("name", $"must not contain control characters ({where})") }));
    }

    [Test]
    public void Control_characters_fail_in_nested_fields_and_list_items_too()
    {
        var outcome = Checks.Run(Widgets.Inputs
            .Set("source", V.Obj(("url", V.S("rtmp://a.example.com/x\u0000"))))
            .Set("tags", V.Arr(V.S("a\tb"))));

        Assert.That(outcome.Failures.Select(f => f.Property), Is.EquivalentTo(new[] { "source.url", "tags[0]" }));
        Assert.That(outcome.Failures, Has.All.Matches<AlicloudLive.Framework.Checking.CheckFailure>(f => f.Reason.StartsWith("must not contain control characters", StringComparison.Ordinal)));
    }

    [Test]
    public void A_value_the_cloud_may_recase_is_accepted_in_any_case()
    {
        var outcome = Checks.Run(Widgets.Inputs
            .Set("kind", V.S("LARGE"))
            .Set("source", V.Obj(("url", V.S("rtmp://a.example.com/x")), ("protocol", V.S("RTMP")))));

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(Checks.Run(Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://a.example.com/x")), ("protocol", V.S("udp"))))).Pairs(),
            Is.EqualTo(new[] { ("source.protocol", "must be one of rtmp, srt") }));
    }
}
