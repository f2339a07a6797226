using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;

namespace AlicloudLive.Framework.Diffing;

/// <summary>
/// Decides update-in-place versus replace per property from the update rules, the recorded outputs and the clock.
/// Pure: no cloud call, no I/O.
/// </summary>
public static class DiffEngine
{
    public static DiffOutcome Compute(
        IReadOnlyList<PropertyDefinition> inputs,
        string noun,
        DiffContext context,
        IReadOnlyCollection<string> ignoreChanges,
        Func<DiffContext, bool> deleteBeforeReplace)
    {
        context = context with { OldInputs = CaseAlignment.Align(inputs, context.OldInputs, context.NewInputs) };
        var changed = new List<string>();
        var replaces = new List<string>();
        var paths = new List<PathChange>();
        var reasons = new List<string>();
        var dependsOnState = false;

        foreach (var property in inputs)
        {
            if (ignoreChanges.Contains(property.Name) || !context.Changed(property.Name))
            {
                continue;
            }

            var reason = ReplacementReason(property, context, out var stateful);
            var replace = reason is not null;
            var found = new List<(string Path, PathChangeKind Kind)>();
            PathDiffer.Collect(PathDiffer.Root(property.Name), context.OldInputs.GetOrNull(property.Name), context.NewInputs.GetOrNull(property.Name), found);
            var kept = found.Where(f => !ignoreChanges.Contains(f.Path)).ToList();
            if (kept.Count == 0)
            {
                continue;
            }

            changed.Add(property.Name);
            paths.AddRange(kept.Select(f => new PathChange(f.Path, f.Kind, replace)));
            if (replace)
            {
                replaces.Add(property.Name);
                reasons.Add(reason!);
                dependsOnState |= stateful;
            }
        }

        var explanation = replaces.Count == 0
            ? null
            : new ReplacementExplanation(reasons, noun, dependsOnState);
        return new DiffOutcome(changed, replaces, paths, replaces.Count > 0 && deleteBeforeReplace(context), explanation);
    }

    /// <summary>Null when the change applies in place; otherwise the sentence saying why it cannot.</summary>
    private static string? ReplacementReason(PropertyDefinition property, DiffContext context, out bool dependsOnState)
    {
        dependsOnState = false;
        switch (property.Rule)
        {
            case ReplaceRule always:
                return $"{property.Name} cannot change: {always.Why}";
            case ConditionalRule conditional:
                var blocker = conditional.Condition.Blocker(context);
                dependsOnState = blocker is not null && conditional.Condition.DependsOnState;
                return blocker is null ? null : $"{property.Name} cannot change {blocker}";
            default:
                return null;
        }
    }
}
