using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Diffing;

/// <summary>A value the cloud re-cased (read back by a refresh) is no change; any other difference still is.</summary>
public class CaseInsensitiveDiffTests
{
    private static PropertyMap WithProtocol(PropertyMap inputs, string protocol) =>
        inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("protocol", V.S(protocol))));

    [Test]
    public void Only_a_case_difference_in_a_recased_enum_is_no_change_even_where_a_change_would_replace()
    {
        var refreshed = Widgets.Inputs.Set("kind", V.S("SMALL"));

        var outcome = Widgets.Diff(refreshed, Widgets.Inputs, status: "Running");

        Assert.That(outcome.HasChanges, Is.False);
        Assert.That(outcome.Replaces, Is.Empty);
    }

    [Test]
    public void A_case_difference_inside_an_object_is_no_change()
    {
        var outcome = Widgets.Diff(WithProtocol(Widgets.Inputs, "RTMP"), WithProtocol(Widgets.Inputs, "rtmp"), status: "Running");

        Assert.That(outcome.HasChanges, Is.False);
    }

    [Test]
    public void Another_value_still_changes_and_follows_its_rule()
    {
        var outcome = Widgets.Diff(WithProtocol(Widgets.Inputs, "RTMP"), WithProtocol(Widgets.Inputs, "srt"), status: "Running");

        Assert.That(outcome.Changed, Is.EqualTo(new[] { "source" }));
        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "source" }));
    }

    [Test]
    public void A_case_difference_in_a_property_without_the_flag_is_a_change()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("slot", V.S("S1")), Widgets.Inputs);

        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "slot" }));
    }
}
