using AlicloudLive.Framework.Checking;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>The cross-property rules of SubmitLiveTranscodeJob and UpdateLiveTranscodeJob.</summary>
internal static class LiveTranscodeJobValidation
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        var hasTimedConfig = context.Inputs.GetOrNull("timedConfig") is { } t && t is not NullValue;
        if (context.IsKnown("startMode"))
        {
            var mode = context.Inputs.GetString("startMode") ?? Immediate;
            if (mode == Timed && !hasTimedConfig)
            {
                yield return new CheckFailure("timedConfig", "is required when startMode is Timed");
            }
            else if (mode == Immediate && hasTimedConfig)
            {
                yield return new CheckFailure("timedConfig", "is not allowed when startMode is Immediate: only a Timed job has start and end times");
            }
        }

        var start = StateConditions.RecordedTime(context.Inputs, "timedConfig.startTime");
        var end = StateConditions.RecordedTime(context.Inputs, "timedConfig.endTime");
        if (start is null || end is null)
        {
            yield break;
        }

        if (end <= start)
        {
            yield return new CheckFailure("timedConfig.endTime", "must be after timedConfig.startTime");
        }

        if (!context.WillSend("timedConfig"))
        {
            yield break;
        }

        if (end <= context.Now)
        {
            yield return new CheckFailure("timedConfig.endTime", "must be in the future");
        }

        foreach (var (path, time) in new[] { ("timedConfig.startTime", start.Value), ("timedConfig.endTime", end.Value) })
        {
            if (time > context.Now + Window)
            {
                yield return new CheckFailure(path, "must be within 7 days of now (SubmitLiveTranscodeJob and UpdateLiveTranscodeJob accept no later time)");
            }
        }
    }
}
