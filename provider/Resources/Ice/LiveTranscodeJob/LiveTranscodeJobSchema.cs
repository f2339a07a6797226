using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Wire = AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobState.Wire;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>The schema of alicloud-live:ice:LiveTranscodeJob: its token, enum, conditions and properties (LiveTranscodeJobModel.cs).</summary>
internal static class LiveTranscodeJobSchema
{
    public const string Token = "alicloud-live:ice:LiveTranscodeJob";
    public const string Immediate = "Immediate";
    public const string Timed = "Timed";

    /// <summary>
    /// UpdateLiveTranscodeJob changes a non-timed job's name only; a timed job's input, output and times only
    /// until it starts.
    /// </summary>
    public static readonly StateCondition TimedAndNotStarted = new(
        "the job is Timed and has not started",
        context =>
        {
            var mode = context.OldInputs.GetString(Wire.StartMode) ?? Immediate;
            if (mode != Timed)
            {
                return $"for a job whose startMode is {mode} (UpdateLiveTranscodeJob changes only the name of a non-timed job)";
            }

            var status = context.OldOutputs.GetString(Wire.Status);
            if (status is not null && status != "NotStarted")
            {
                return $"once the job has started (status {status})";
            }

            return StateConditions.StartTimePassed(context, context.OldInputs, $"{Wire.TimedConfig}.{LiveTranscodeJobTimedConfig.Wire.StartTime}", "job");
        });

    public static readonly EnumType StartMode = new(
        "alicloud-live:ice:LiveTranscodeJobStartMode",
        "When the job starts.",
        [
            new("Immediate", Immediate, "Starts as soon as it is submitted (StartMode 0)."),
            new("Timed", Timed, "Starts at timedConfig.startTime (StartMode 1)."),
        ]);

    /// <summary>An Immediate job ignores its timedConfig, so a change to it changes nothing in the cloud.</summary>
    public static readonly StateCondition IgnoredOrTimedAndNotStarted = new(
        "the job is Immediate (which ignores it), or Timed and not started",
        context => (context.OldInputs.GetString(Wire.StartMode) ?? Immediate) == Immediate ? null : TimedAndNotStarted.Blocker(context));

    public static readonly IReadOnlyList<PropertyDefinition> Inputs = LiveTranscodeJobArgs.Definitions();

    public static readonly IReadOnlyList<PropertyDefinition> Outputs = [.. LiveTranscodeJobState.Definitions(), .. ObjectLocation.Outputs("ICE")];
}
