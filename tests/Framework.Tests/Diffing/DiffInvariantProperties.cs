using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Tests.Support;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace AlicloudLive.Framework.Tests.Diffing;

/// <summary>
/// What the engine relies on (docs/protocol.md, "Resources"): every changed property has a detailed path, every path's top-level
/// key is a changed property, replaces ⊆ changed — for any old and new inputs.
/// </summary>
public class DiffInvariantProperties
{
    [Property(Arbitrary = [typeof(DiffCaseArbitraries)], MaxTest = 1000)]
    public void Diffs_and_detailed_paths_are_consistent(DiffCase c)
    {
        var outcome = Diff(c);
        var roots = outcome.Paths.Select(p => PathRoot(p.Path)).Distinct().ToList();

        Assert.That(outcome.Changed, Is.Unique, c.ToString());
        Assert.That(roots, Is.SubsetOf(outcome.Changed), c.ToString());
        Assert.That(outcome.Changed, Is.SubsetOf(roots), c.ToString());
        Assert.That(outcome.Replaces, Is.SubsetOf(outcome.Changed), c.ToString());
        Assert.That(outcome.Paths.All(p => p.Replace == outcome.Replaces.Contains(PathRoot(p.Path))), c.ToString());
        Assert.That(outcome.Paths.Select(p => p.Path), Is.Unique, c.ToString());
        Assert.That(outcome.Paths.Select(p => p.Path).Concat(outcome.Changed).Intersect(c.IgnoreChanges), Is.Empty, c.ToString());
        Assert.That(outcome.Explanation?.Reasons.Count ?? 0, Is.EqualTo(outcome.Replaces.Count), c.ToString());
        Assert.That(!outcome.DeleteBeforeReplace || outcome.Replaces.Count > 0, c.ToString());
    }

    [Property(Arbitrary = [typeof(DiffCaseArbitraries)], MaxTest = 300)]
    public void A_move_keeps_the_outcome_consistent_and_adds_one_output_replacement_and_its_reason(DiffCase c)
    {
        var outcome = Diff(c);
        var moved = outcome.WithMove("endpoint", "the provider now points elsewhere", "widget", deleteBeforeReplace: false);
        var roots = moved.Paths.Select(p => PathRoot(p.Path)).Distinct().ToList();

        Assert.That(moved.Changed, Is.Unique.And.EquivalentTo(roots), c.ToString());
        Assert.That(moved.Replaces, Is.EquivalentTo(outcome.Replaces.Append("endpoint")), c.ToString());
        Assert.That(moved.Paths.Single(p => p.Path == "endpoint"), Is.EqualTo(new PathChange("endpoint", PathChangeKind.Update, true, InputDiff: false)));
        Assert.That(moved.Explanation!.Reasons, Is.EqualTo(outcome.Explanation?.Reasons.Append("the provider now points elsewhere") ?? ["the provider now points elsewhere"]), c.ToString());
        Assert.That(moved.Explanation.DependsOnState, Is.EqualTo(outcome.Explanation?.DependsOnState ?? false), "a move alone follows from the configuration: INFO");
        Assert.That(moved.DeleteBeforeReplace, Is.EqualTo(outcome.DeleteBeforeReplace), c.ToString());
    }

    [Property(Arbitrary = [typeof(DiffCaseArbitraries)], MaxTest = 300)]
    public void Inputs_without_unknowns_never_differ_from_themselves(DiffCase c)
    {
        if (c.OldInputs.ContainsUnknowns)
        {
            return;
        }

        Assert.That(Diff(c with { NewInputs = c.OldInputs }).HasChanges, Is.False, c.ToString());
    }

    private static DiffOutcome Diff(DiffCase c) => Widgets.Diff(c.OldInputs, c.NewInputs, c.Status, c.Now, c.IgnoreChanges);

    /// <summary>The top-level key of an engine path: <c>a</c> of <c>a.b</c> / <c>a[0]</c>, <c>x.y</c> of <c>["x.y"]</c>.</summary>
    internal static string PathRoot(string path)
    {
        if (path.StartsWith("[\"", StringComparison.Ordinal))
        {
            return path[2..path.IndexOf("\"]", StringComparison.Ordinal)];
        }

        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
