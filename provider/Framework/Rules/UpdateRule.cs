using AlicloudLive.Framework.Diffing;

namespace AlicloudLive.Framework.Rules;

/// <summary>
/// How a change to an input is applied — data with a reason, like CloudFormation's "update requires:
/// never / always / conditionally". Its <see cref="Sentence"/> ends the property's schema description.
/// </summary>
public abstract record UpdateRule
{
    public static readonly UpdateRule InPlace = new InPlaceRule();

    /// <summary>Every change replaces; <paramref name="why"/> completes "X cannot change: ...".</summary>
    public static UpdateRule Replace(string why) => new ReplaceRule(why);

    /// <summary>In place while <paramref name="condition"/> holds; otherwise replaces.</summary>
    public static UpdateRule InPlaceWhile(StateCondition condition) => new ConditionalRule(condition);

    public abstract string Sentence { get; }
}

public sealed record InPlaceRule : UpdateRule
{
    public override string Sentence => "Updates in place.";
}

public sealed record ReplaceRule(string Why) : UpdateRule
{
    public override string Sentence => "Changing it replaces the resource.";
}

public sealed record ConditionalRule(StateCondition Condition) : UpdateRule
{
    public override string Sentence => $"Updates in place only while {Condition.Description}; otherwise replaces.";
}

/// <summary>
/// A condition on the recorded state, the new inputs and the clock. <see cref="Blocker"/> returns null when an
/// in-place update is allowed, or the reason it is not, phrased to follow "cannot change", e.g.
/// "while the task is running (status Running)". <see cref="DependsOnState"/> is false for a condition on the
/// inputs alone: its replacements are explained as INFO, not WARNING. Conditions compose with <see cref="And"/> and
/// <see cref="Or"/>; where the joined descriptions read badly, <c>with { Description = ... }</c> says it better.
/// </summary>
public sealed record StateCondition(string Description, Func<DiffContext, string?> Blocker, bool DependsOnState = true)
{
    /// <summary>Both must hold; the reason is this one's blocker, else <paramref name="other"/>'s.</summary>
    public StateCondition And(StateCondition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new($"{Description} and {other.Description}", context => Blocker(context) ?? other.Blocker(context), DependsOnState || other.DependsOnState);
    }

    /// <summary>Either suffices; when neither holds, the reason is this one's blocker.</summary>
    public StateCondition Or(StateCondition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            $"{Description}, or {other.Description}",
            context => Blocker(context) is { } reason && other.Blocker(context) is not null ? reason : null,
            DependsOnState || other.DependsOnState);
    }
}
