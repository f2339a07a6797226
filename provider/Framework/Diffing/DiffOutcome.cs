namespace AlicloudLive.Framework.Diffing;

public enum PathChangeKind
{
    Add,
    Delete,
    Update,
}

/// <summary>
/// One changed path (e.g. <c>streamInput.inputUrl</c>), whether its property forces a replacement, and whether it is an
/// input (false for an output such as the recorded location).
/// </summary>
public sealed record PathChange(string Path, PathChangeKind Kind, bool Replace, bool InputDiff = true);

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

    /// <summary>
    /// This outcome plus a replacement forced by where the object lives (<paramref name="property"/>, an output), not
    /// by any input: the provider now points at another region or endpoint.
    /// </summary>
    public DiffOutcome WithMove(string property, string reason, string noun, bool deleteBeforeReplace) => new(
        [.. Changed.Where(c => c != property), property],
        [.. Replaces.Where(r => r != property), property],
        [.. Paths.Where(p => p.Path != property), new PathChange(property, PathChangeKind.Update, true, InputDiff: false)],
        DeleteBeforeReplace || deleteBeforeReplace,
        new ReplacementExplanation([.. Explanation?.Reasons ?? [], reason], noun, Explanation?.DependsOnState ?? false));
}

/// <summary>
/// Why a replacement happens: one reason per forcing property. <see cref="DependsOnState"/> means it follows from
/// the recorded state or the clock (logged as a warning), not from the inputs alone.
/// </summary>
public sealed record ReplacementExplanation(IReadOnlyList<string> Reasons, string Noun, bool DependsOnState)
{
    public string Message => $"{string.Join("; ", Reasons)}; the {Noun} will be replaced";
}
