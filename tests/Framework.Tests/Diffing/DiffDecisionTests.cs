using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Framework.Tests.Fakes;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Diffing;

/// <summary>Update in place versus replace, per update rule, from the recorded state and the clock.</summary>
public class DiffDecisionTests
{
    [Test]
    public void Same_inputs_are_no_change()
    {
        var outcome = Widgets.Diff(Widgets.Inputs);

        Assert.That(outcome.HasChanges, Is.False);
        Assert.That(outcome.Changed, Is.Empty);
        Assert.That(outcome.Paths, Is.Empty);
        Assert.That(outcome.Replaces, Is.Empty);
        Assert.That(outcome.Explanation, Is.Null);
        Assert.That(outcome.DeleteBeforeReplace, Is.False);
    }

    [Test]
    public void An_in_place_property_updates_in_place_whatever_the_state()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("size", V.N(2)), status: "Running");

        Assert.That(outcome.Changed, Is.EqualTo(new[] { "size" }));
        Assert.That(outcome.Replaces, Is.Empty);
        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("size", PathChangeKind.Update, false) }));
        Assert.That(outcome.Explanation, Is.Null);
    }

    [Test]
    public void An_always_replace_property_replaces_with_its_reason_and_no_state_dependence()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("kind", V.S("Large")));

        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "kind" }));
        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("kind", PathChangeKind.Update, true) }));
        Assert.That(outcome.Explanation!.DependsOnState, Is.False);
        Assert.That(outcome.Explanation.Message, Is.EqualTo($"kind cannot change: {WidgetProperties.KindReason}; the widget will be replaced"));
    }

    [Test]
    public void A_conditional_property_updates_in_place_while_the_condition_allows()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/other")))));

        Assert.That(outcome.Changed, Is.EqualTo(new[] { "source" }));
        Assert.That(outcome.Replaces, Is.Empty);
        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("source.url", PathChangeKind.Update, false) }));
        Assert.That(outcome.Explanation, Is.Null);
    }

    [Test]
    public void A_conditional_property_replaces_when_the_recorded_status_forbids_with_a_state_reason()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/other")))), status: "Running");

        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "source" }));
        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("source.url", PathChangeKind.Update, true) }));
        Assert.That(outcome.Explanation!.DependsOnState, Is.True);
        Assert.That(outcome.Explanation.Message, Is.EqualTo("source cannot change while the widget is running (status Running); the widget will be replaced"));
    }

    [Test]
    public void A_conditional_property_replaces_once_the_clock_passes_the_recorded_start()
    {
        var afterStart = ManualClock.Start.AddHours(2);

        var outcome = Widgets.Diff(Widgets.Inputs.Set("startTime", V.S("2026-01-01T03:00:00Z")), now: afterStart);

        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "startTime" }));
        Assert.That(outcome.Explanation!.DependsOnState, Is.True);
        Assert.That(outcome.Explanation.Message, Does.Contain("startTime cannot change once the widget's start time 2026-01-01T01:00:00Z has passed"));
    }

    [Test]
    public void A_condition_on_the_inputs_alone_explains_its_replacement_without_state_dependence()
    {
        var whileSet = new StateCondition("it stays set", c => c.NewInputs.ContainsKey("tag") ? null : "to unset", DependsOnState: false);
        IReadOnlyList<PropertyDefinition> inputs = [new("tag", TypeRef.String, "A tag.") { Rule = UpdateRule.InPlaceWhile(whileSet) }];
        var context = new DiffContext(PropertyMap.Empty, PropertyMap.Of(("tag", V.S("a"))), PropertyMap.Empty, ManualClock.Start);

        var outcome = DiffEngine.Compute(inputs, "widget", context, new HashSet<string>(), _ => false);

        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "tag" }));
        Assert.That(outcome.Explanation!.DependsOnState, Is.False);
        Assert.That(outcome.Explanation.Message, Is.EqualTo("tag cannot change to unset; the widget will be replaced"));
    }

    [Test]
    public void One_state_dependent_reason_makes_the_whole_explanation_state_dependent()
    {
        var news = Widgets.Inputs.Set("kind", V.S("Large")).Set("source", V.Obj(("url", V.S("rtmp://h/a/b"))));

        var outcome = Widgets.Diff(news, status: "Running");

        Assert.That(outcome.Replaces, Is.EquivalentTo(new[] { "kind", "source" }));
        Assert.That(outcome.Explanation!.Reasons, Has.Count.EqualTo(2));
        Assert.That(outcome.Explanation.DependsOnState, Is.True);
    }

    [Test]
    public void An_unknown_new_value_counts_as_changed()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("size", V.Unknown).Set("source", V.Obj(("url", V.Unknown))), status: "Running");

        Assert.That(outcome.Changed, Is.EquivalentTo(new[] { "size", "source" }));
        Assert.That(outcome.Replaces, Is.EqualTo(new[] { "source" }));
        Assert.That(outcome.Paths.Select(p => p.Path), Is.EquivalentTo(new[] { "size", "source.url" }));
    }

    [Test]
    public void Secret_values_compare_by_content_so_secretness_alone_is_no_change()
    {
        var plainOld = Widgets.Inputs.Set("password", V.S(Widgets.Password));

        Assert.That(Widgets.Diff(plainOld, Widgets.Inputs).HasChanges, Is.False, "plain → secret, same content");
        Assert.That(Widgets.Diff(Widgets.Inputs, plainOld).HasChanges, Is.False, "secret → plain, same content");
        var changed = Widgets.Diff(Widgets.Inputs.Set("password", V.Secret("another-secret")));
        Assert.That(changed.Changed, Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public void A_secret_nested_in_an_object_compares_by_content()
    {
        var news = Widgets.Inputs.Set("labels", V.Obj(("x.y", V.Secret("1")), ("plain", V.S("2"))));

        Assert.That(Widgets.Diff(news).HasChanges, Is.False);
    }

    [Test]
    public void Null_and_absent_are_the_same_at_the_top_and_inside_objects()
    {
        var news = Widgets.Inputs
            .Set("ratio", V.Null)
            .Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("port", V.Null)));

        Assert.That(Widgets.Diff(news).HasChanges, Is.False);
        Assert.That(Widgets.Diff(news, Widgets.Inputs).HasChanges, Is.False);
    }

    [Test]
    public void IgnoreChanges_drops_a_top_level_property()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("size", V.N(3)).Set("kind", V.S("Large")), ignoreChanges: ["kind"]);

        Assert.That(outcome.Changed, Is.EqualTo(new[] { "size" }));
        Assert.That(outcome.Replaces, Is.Empty);
        Assert.That(outcome.Explanation, Is.Null);
    }

    [Test]
    public void IgnoreChanges_drops_a_nested_path_but_keeps_its_siblings()
    {
        var news = Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://h/a/other")), ("port", V.N(1935))));

        var outcome = Widgets.Diff(news, ignoreChanges: ["source.port"]);
        var onlyIgnored = Widgets.Diff(Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("port", V.N(1935)))), ignoreChanges: ["source.port"]);

        Assert.That(outcome.Paths.Select(p => p.Path), Is.EqualTo(new[] { "source.url" }));
        Assert.That(onlyIgnored.HasChanges, Is.False);
    }

    [Test]
    public void DeleteBeforeReplace_is_set_only_when_replacing_and_the_unique_slot_is_kept()
    {
        Assert.That(Widgets.Diff(Widgets.Inputs.Set("kind", V.S("Large"))).DeleteBeforeReplace, Is.True, "replace, same slot");
        Assert.That(Widgets.Diff(Widgets.Inputs.Set("kind", V.S("Large")).Set("slot", V.S("s2"))).DeleteBeforeReplace, Is.False, "replace, new slot");
        Assert.That(Widgets.Diff(Widgets.Inputs.Set("size", V.N(2))).DeleteBeforeReplace, Is.False, "update in place, same slot");
    }
}
