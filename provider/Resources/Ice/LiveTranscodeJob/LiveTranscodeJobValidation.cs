using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;
using Wire = AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobArgs.Wire;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>
/// The cross-property rules of SubmitLiveTranscodeJob and UpdateLiveTranscodeJob: TimedConfig "is required if you set
/// StartMode to 1" (and nothing forbids it otherwise: an Immediate job ignores it); its StartTime and EndTime are each
/// optional, and "the time span between the start time and the current time cannot exceed seven days", before or
/// after now, likewise the end time. An end before the start the cloud certainly refuses.
/// </summary>
internal static class LiveTranscodeJobValidation
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);
    private const string StartPath = $"{Wire.TimedConfig}.{LiveTranscodeJobTimedConfig.Wire.StartTime}";
    private const string EndPath = $"{Wire.TimedConfig}.{LiveTranscodeJobTimedConfig.Wire.EndTime}";

    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        if (!context.IsKnown(Wire.StartMode) || (context.Inputs.GetString(Wire.StartMode) ?? Immediate) != Timed)
        {
            yield break; // an Immediate job's timedConfig is never sent
        }

        if (context.Inputs.GetOrNull(Wire.TimedConfig) is null or NullValue)
        {
            yield return new CheckFailure(Wire.TimedConfig, "is required when startMode is Timed");
            yield break;
        }

        var start = StateConditions.RecordedTime(context.Inputs, StartPath);
        var end = StateConditions.RecordedTime(context.Inputs, EndPath);
        if (start is not null && end <= start)
        {
            yield return new CheckFailure(EndPath, $"must be after {StartPath}");
        }

        if (!context.WillSend(Wire.TimedConfig))
        {
            yield break;
        }

        foreach (var (path, time) in new[] { (StartPath, start), (EndPath, end) })
        {
            if (time is { } t && (t - context.Now).Duration() > Window)
            {
                yield return new CheckFailure(path, $"must be within 7 days of now, before or after ({Timestamps.ToText(context.Now)}): SubmitLiveTranscodeJob and UpdateLiveTranscodeJob accept no time further away");
            }
        }
    }
}
