using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>
/// When UpdateLivePullToPush accepts a change (alibaba-apis.md §3): Region only before the start; SourceUrls,
/// EndTime, FileIndex and Offset before the start or while stopped; CallbackUrl and RepeatNumber in any state.
/// It cannot clear a value, so removing an optional one replaces the task.
/// </summary>
internal static class PullToPushTaskConditions
{
    public static readonly StateCondition NotStarted = new(
        "the task has not started (status NotStarted and startTime still ahead)",
        StartedBlocker);

    public static readonly StateCondition NotStartedOrStopped = new(
        "the task has not started or is stopped",
        NotStartedOrStoppedBlocker);

    /// <summary>Any state, as long as the property keeps a value.</summary>
    public static StateCondition KeepsValue(string property) => new(
        "it keeps a value, in any state of the task (UpdateLivePullToPush cannot clear it)",
        context => ClearedBlocker(context, property),
        DependsOnState: false);

    /// <summary>Not started or stopped, and the property keeps a value.</summary>
    public static StateCondition NotStartedOrStoppedAndKeepsValue(string property) => new(
        "the task has not started or is stopped, and it keeps a value (UpdateLivePullToPush cannot clear it)",
        context => ClearedBlocker(context, property) ?? NotStartedOrStoppedBlocker(context));

    private static string? NotStartedOrStoppedBlocker(DiffContext context) =>
        Status(context) == "Stopped" ? null : StartedBlocker(context);

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
