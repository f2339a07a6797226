using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Checking;

/// <summary>A missing name becomes &lt;logical name&gt;-&lt;7 hex&gt;, stable per seed, kept from the old inputs, or the engine's.</summary>
public class AutonamingTests
{
    private static readonly PropertyMap Unnamed = Widgets.Inputs.Remove("name");

    [Test]
    public void A_missing_name_is_the_logical_name_and_seven_hex_digits()
    {
        var name = Checks.Run(Unnamed).Inputs.GetString("name");

        Assert.That(name, Does.Match("^w1-[0-9a-f]{7}$"));
    }

    [Test]
    public void The_same_seed_gives_the_same_name_and_another_seed_another()
    {
        var first = Checks.Run(Unnamed).Inputs.GetString("name");
        var again = Checks.Run(Unnamed).Inputs.GetString("name");
        var other = Checks.Run(Unnamed, seed: [.. Checks.Seed.Reverse()]).Inputs.GetString("name");

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first).And.Match("^w1-[0-9a-f]{7}$"));
    }

    [Test]
    public void The_old_name_is_kept_when_the_user_still_gives_none()
    {
        var olds = Widgets.Inputs.Set("name", V.S("w1-0a1b2c3"));

        var outcome = Checks.Run(Unnamed, olds: olds, seed: [9, 9, 9]);

        Assert.That(outcome.Inputs.GetString("name"), Is.EqualTo("w1-0a1b2c3"));
    }

    [TestCase(AutonamingMode.Propose)]
    [TestCase(AutonamingMode.Enforce)]
    public void The_engines_proposed_name_is_used(AutonamingMode mode)
    {
        var outcome = Checks.Run(Unnamed, autonaming: new AutonamingOptions("w1-from-engine", mode));

        Assert.That(outcome.Inputs.GetString("name"), Is.EqualTo("w1-from-engine"));
    }

    [Test]
    public void A_name_the_user_gives_beats_autonaming()
    {
        var outcome = Checks.Run(Widgets.Inputs, autonaming: new AutonamingOptions("w1-from-engine", AutonamingMode.Propose));

        Assert.That(outcome.Inputs.GetString("name"), Is.EqualTo("w1"));
    }

    [Test]
    public void Disabled_autonaming_fails_naming_the_property()
    {
        var outcome = Checks.Run(Unnamed, autonaming: new AutonamingOptions("", AutonamingMode.Disable));

        Assert.That(outcome.Failures, Has.Count.EqualTo(1));
        Assert.That(outcome.Failures[0].Property, Is.EqualTo("name"));
        Assert.That(outcome.Failures[0].Reason, Does.Contain("autonaming is disabled"));
        Assert.That(outcome.Inputs.ContainsKey("name"), Is.False);
    }

    [Test]
    public void Disabled_autonaming_accepts_a_given_name()
    {
        var outcome = Checks.Run(Widgets.Inputs, autonaming: new AutonamingOptions("", AutonamingMode.Disable));

        Assert.That(outcome.Failures, Is.Empty);
    }

    [Test]
    public void A_name_of_the_autoname_shape_is_recognised_whatever_seed_made_it()
    {
        var made = Checks.Run(Unnamed).Inputs.GetString("name")!;
        var other = Checks.Run(Unnamed, seed: [.. Checks.Seed.Reverse()]).Inputs.GetString("name")!;

        Assert.That(Autonamer.IsAutonameOf(made, "w1"), Is.True);
        Assert.That(Autonamer.IsAutonameOf(other, "w1"), Is.True);
        Assert.That(Autonamer.IsAutonameOf(made, "w"), Is.False, "another resource's prefix");
        Assert.That(Autonamer.IsAutonameOf("w1-abcdef", "w1"), Is.False, "six digits");
        Assert.That(Autonamer.IsAutonameOf("w1-abcdef01", "w1"), Is.False, "eight digits");
        Assert.That(Autonamer.IsAutonameOf("w1-ABCDEF0", "w1"), Is.False, "upper case is not what Name makes");
        Assert.That(Autonamer.IsAutonameOf("w1-abcdefg", "w1"), Is.False, "not hex");
    }
}
