using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>
/// When UpdateLivePullToPush accepts a change (alibaba-apis.md §3): Region and StartTime only before the start;
/// EndTime before the start or while stopped; SourceUrls, FileIndex and Offset only while stopped ("must be updated
/// while the task is stopped"); CallbackUrl and RepeatNumber in any state. It cannot clear a value, so removing an
/// optional one replaces the task. A live source ignores RepeatNumber, FileIndex and Offset, so they change freely there.
/// </summary>
internal static class PullToPushTaskConditions
{
    public static readonly StateCondition NotStarted = new(
        "the task has not started (status NotStarted and startTime still ahead)",
        StartedBlocker);

    public static readonly StateCondition NotStartedOrStopped = new(
        "the task has not started or is stopped",
        NotStartedOrStoppedBlocker);

    public static readonly StateCondition Stopped = new("the task is stopped (status Stopped)", StoppedBlocker);

    /// <summary>Any state, as long as the property keeps a value.</summary>
    public static StateCondition KeepsValue(string property) => new(
        "it keeps a value, in any state of the task (UpdateLivePullToPush cannot clear it)",
        context => ClearedBlocker(context, property),
        DependsOnState: false);

    /// <summary>Any state, as long as the property keeps a value; any change for a live source, which ignores it.</summary>
    public static StateCondition KeepsValueOrLive(string property) => new(
        "it keeps a value, in any state of the task (UpdateLivePullToPush cannot clear it), or the source is live (which ignores it)",
        context => IsLive(context) ? null : ClearedBlocker(context, property),
        DependsOnState: false);

    /// <summary>Stopped and the property keeps a value; any change for a live source, which ignores it.</summary>
    public static StateCondition StoppedAndKeepsValueOrLive(string property) => new(
        "the task is stopped (status Stopped) and it keeps a value (UpdateLivePullToPush cannot clear it), or the source is live (which ignores it)",
        context => IsLive(context) ? null : ClearedBlocker(context, property) ?? StoppedBlocker(context));

    private static string? NotStartedOrStoppedBlocker(DiffContext context) =>
        Status(context) == "Stopped" ? null : StartedBlocker(context);

    private static string? StoppedBlocker(DiffContext context) => Status(context) switch
    {
        "Stopped" => null,
        null or "NotStarted" => StartedBlocker(context)
            ?? "before the task has started and been stopped (UpdateLivePullToPush takes it only while the task is stopped)",
        _ => StartedBlocker(context),
    };

    private static bool IsLive(DiffContext context) =>
        context.NewInputs.GetString("sourceType") is { } type && string.Equals(type, PullToPushTaskSchema.LiveSource, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null while the recorded status is NotStarted and the recorded start time is still ahead.</summary>
    private static string? StartedBlocker(DiffContext context) => Status(context) switch
    {
        null or "NotStarted" => StateConditions.StartTimePassed(context, context.OldOutputs, "startTime", "task"),
        "Running" => "while the task is running (status Running)",
        "Abnormal" => "while the task is running with errors (status Abnormal)",
        "Stopped" => "once the task has been stopped (status Stopped)",
        var other => $"once the task has exited (status {other})",
    };

    private static string? ClearedBlocker(DiffContext context, string property) =>
        context.OldInputs.GetOrNull(property) is { } old && old is not NullValue
        && context.NewInputs.GetOrNull(property) is null or NullValue
            ? "to no value: UpdateLivePullToPush cannot clear it"
            : null;

    private static string? Status(DiffContext context) => context.OldOutputs.GetString("status");
}
