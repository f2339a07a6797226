namespace AlicloudLive.Framework.Diffing;

public enum PathChangeKind
{
    Add,
    Delete,
    Update,
}

/// <summary>One changed path (e.g. <c>streamInput.inputUrl</c>) and whether its property forces a replacement.</summary>
public sealed record PathChange(string Path, PathChangeKind Kind, bool Replace);

/// <summary>
/// The decision for one resource: which top-level properties changed, which of them force a replacement, the
/// detailed paths, and the explanation to log. Consistent by construction: every path belongs to a changed property.
/// </summary>
public sealed record DiffOutcome(
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Replaces,
    IReadOnlyList<PathChange> Paths,
    bool DeleteBeforeReplace,
    ReplacementExplanation? Explanation)
{
    public bool HasChanges => Changed.Count > 0;
}

/// <summary>
/// Why a replacement happens: one reason per forcing property. <see cref="DependsOnState"/> means it follows from
/// the recorded state or the clock (logged as a warning), not from the inputs alone.
/// </summary>
public sealed record ReplacementExplanation(IReadOnlyList<string> Reasons, string Noun, bool DependsOnState)
{
    public string Message => $"{string.Join("; ", Reasons)}; the {Noun} will be replaced";
}
