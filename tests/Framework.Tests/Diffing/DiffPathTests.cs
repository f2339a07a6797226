using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Tests.Support;

namespace AlicloudLive.Framework.Tests.Diffing;

/// <summary>Detailed paths in the engine's syntax (<c>a.b</c>, <c>a[0]</c>, <c>a["x.y"]</c>) and their kinds.</summary>
public class DiffPathTests
{
    [Test]
    public void A_changed_array_item_is_reported_by_index()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("tags", V.Arr(V.S("a"), V.S("c"))));

        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("tags[1]", PathChangeKind.Update, false) }));
    }

    [Test]
    public void An_array_that_changes_length_is_reported_whole()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("tags", V.Arr(V.S("a"))));

        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("tags", PathChangeKind.Update, false) }));
    }

    [Test]
    public void A_map_key_that_is_not_an_identifier_is_quoted()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("labels", V.Obj(("x.y", V.S("9")), ("plain", V.S("2")))));

        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("labels[\"x.y\"]", PathChangeKind.Update, false) }));
    }

    [Test]
    public void Added_and_deleted_fields_and_properties_have_their_kinds()
    {
        var news = Widgets.Inputs
            .Remove("tags")
            .Set("ratio", V.N(0.5))
            .Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("port", V.N(1935))))
            .Set("labels", V.Obj(("x.y", V.S("1"))));

        var outcome = Widgets.Diff(news);

        Assert.That(outcome.Paths, Is.EquivalentTo(new[]
        {
            new PathChange("tags", PathChangeKind.Delete, false),
            new PathChange("ratio", PathChangeKind.Add, false),
            new PathChange("source.port", PathChangeKind.Add, false),
            new PathChange("labels.plain", PathChangeKind.Delete, false),
        }));
        Assert.That(outcome.Changed, Is.EquivalentTo(new[] { "tags", "ratio", "source", "labels" }));
    }

    [Test]
    public void Paths_of_a_replacing_property_are_marked_replace()
    {
        var news = Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://h/a/b")), ("port", V.N(1))));

        var outcome = Widgets.Diff(news, status: "Running");

        Assert.That(outcome.Paths, Is.EquivalentTo(new[]
        {
            new PathChange("source.url", PathChangeKind.Update, true),
            new PathChange("source.port", PathChangeKind.Add, true),
        }));
    }

    [Test]
    public void Replacing_a_scalar_with_an_object_is_one_update_at_the_property()
    {
        var outcome = Widgets.Diff(Widgets.Inputs.Set("tags", V.S("not a list")));

        Assert.That(outcome.Paths, Is.EqualTo(new[] { new PathChange("tags", PathChangeKind.Update, false) }));
    }
}
