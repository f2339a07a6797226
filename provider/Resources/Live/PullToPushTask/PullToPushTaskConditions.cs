using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Wire = AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskState.Wire;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>
/// When UpdateLivePullToPush accepts a change (docs/cloud-apis.md §3): Region and StartTime only before the start;
/// EndTime before the start or while stopped; SourceUrls, FileIndex and Offset only while stopped ("must be updated
/// while the task is stopped"); CallbackUrl and RepeatNumber in any state. It cannot clear a value, so removing an
/// optional one replaces the task. A live source ignores RepeatNumber, FileIndex and Offset, so they change freely
/// there. The rules compose these conditions (PullToPushTaskArgs.Specs).
/// </summary>
internal static class PullToPushTaskConditions
{
    public static readonly StateCondition NotStarted = new(
        "the task has not started (status NotStarted and startTime still ahead)",
        StartedBlocker);

    public static readonly StateCondition Stopped = new("the task is stopped (status Stopped)", StoppedBlocker);

    /// <summary>A live source ignores the file-position settings, so any change to them is harmless there.</summary>
    public static readonly StateCondition LiveSource = new(
        "the source is live (which ignores it)",
        context => string.Equals(context.NewInputs.GetString(Wire.SourceType), PullToPushTaskSchema.LiveSource, StringComparison.OrdinalIgnoreCase)
            ? null
            : "for a vod or url source",
        DependsOnState: false);

    /// <summary>The sentence for <c>NotStarted.Or(Stopped)</c>.</summary>
    public const string NotStartedOrStopped = "the task has not started or is stopped";

    /// <summary>The sentence for <c>KeepsValue(p).And(Stopped).Or(LiveSource)</c>.</summary>
    public const string StoppedKeepingValueOrLive =
        "the task is stopped (status Stopped) and it keeps a value (UpdateLivePullToPush cannot clear it), or the source is live (which ignores it)";

    /// <summary>Any state, as long as the property keeps a value.</summary>
    public static StateCondition KeepsValue(string property) => new(
        "it keeps a value, in any state of the task (UpdateLivePullToPush cannot clear it)",
        context => ClearedBlocker(context, property),
        DependsOnState: false);

    private static string? StoppedBlocker(DiffContext context) => Status(context) switch
    {
        "Stopped" => null,
        null or "NotStarted" => StartedBlocker(context)
            ?? "before the task has started and been stopped (UpdateLivePullToPush takes it only while the task is stopped)",
        _ => StartedBlocker(context),
    };

    /// <summary>Null while the recorded status is NotStarted and the recorded start time is still ahead.</summary>
    private static string? StartedBlocker(DiffContext context) => Status(context) switch
    {
        null or "NotStarted" => StateConditions.StartTimePassed(context, context.OldOutputs, Wire.StartTime, "task"),
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

    private static string? Status(DiffContext context) => context.OldOutputs.GetString(Wire.Status);
}
