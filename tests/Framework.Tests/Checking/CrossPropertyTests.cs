using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Checking;

/// <summary>The resource's own rules, and the "only when it will be sent" rule for times relative to now.</summary>
public class CrossPropertyTests
{
    private static readonly DateTimeOffset AfterStart = ManualClock.Start.AddHours(1.5);

    [Test]
    public void A_cross_property_rule_names_the_property_and_the_rule()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("endTime", V.S("2026-01-01T00:30:00Z")));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("endTime", "must be after startTime") }));
    }

    [Test]
    public void A_time_in_the_past_fails_on_create()
    {
        var outcome = Checks.Run(Widgets.Inputs, now: AfterStart);

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("startTime", "must be in the future") }));
    }

    [Test]
    public void An_unchanged_past_time_does_not_fail_an_update_of_something_else()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("size", V.N(2)), olds: Widgets.Inputs, now: AfterStart);

        Assert.That(outcome.Failures, Is.Empty);
    }

    [Test]
    public void A_changed_time_in_the_past_fails_an_update()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("startTime", V.S("2026-01-01T01:10:00Z")), olds: Widgets.Inputs, now: AfterStart);

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("startTime", "must be in the future") }));
    }

    [Test]
    public void WillSend_is_true_on_create_and_for_changed_values_only()
    {
        var olds = V.Map(("a", V.S("x")), ("b", V.S("y")), ("s", V.S("p")));
        var update = new CheckContext(V.Map(("a", V.S("x")), ("b", V.S("z")), ("s", V.Secret("p")), ("u", V.Unknown)), olds, ManualClock.Start);
        var create = new CheckContext(V.Map(("a", V.S("x"))), PropertyMap.Empty, ManualClock.Start);

        Assert.That(create.IsCreate && create.WillSend("a"), Is.True);
        Assert.That(update.WillSend("a"), Is.False, "unchanged");
        Assert.That(update.WillSend("b"), Is.True, "changed");
        Assert.That(update.WillSend("s"), Is.False, "same content, now secret");
        Assert.That(update.WillSend("u"), Is.True, "unknown counts as changed");
        Assert.That(update.WillSend("missing"), Is.False, "absent before and after");
    }

    [Test]
    public void Cross_property_rules_see_secrets_revealed()
    {
        CheckContext? seen = null;
        CheckEngine.Run(
            new CheckInput("w1", Widgets.Inputs, PropertyMap.Empty, Checks.Seed, null, ManualClock.Start),
            Widgets.Resource.Token,
            Widgets.Resource.Inputs,
            null,
            context =>
            {
                seen = context;
                return [];
            });

        Assert.That(seen!.Inputs["password"], Is.EqualTo(V.S(Widgets.Password)));
    }
}
