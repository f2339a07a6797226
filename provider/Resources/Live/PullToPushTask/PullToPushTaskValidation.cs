using AlicloudLive.Framework.Checking;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskSchema;
using Wire = AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskArgs.Wire;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>The cross-property rules of CreateLivePullToPush and UpdateLivePullToPush.</summary>
internal static class PullToPushTaskValidation
{
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(7);

    public static IEnumerable<CheckFailure> Check(CheckContext context) =>
        SourceRules(context).Concat(TimeRules(context));

    private static IEnumerable<CheckFailure> SourceRules(CheckContext context)
    {
        if (context.Inputs.GetArray(Wire.SourceUrls) is { } urls && context.IsKnown(Wire.SourceUrls))
        {
            for (var i = 0; i < urls.Count; i++)
            {
                if (urls[i] is StringValue { Value.Length: 0 })
                {
                    yield return new CheckFailure($"{Wire.SourceUrls}[{i}]", "must not be empty");
                }
            }
        }

        if (!context.IsKnown(Wire.SourceType))
        {
            yield break;
        }

        // A vod or url source ignores sourceProtocol, and a live one repeatNumber, fileIndex and offset: the API
        // documents them as without effect there, not as errors, so they pass (the service's own tasks carry them).
        if (!string.Equals(context.Inputs.GetString(Wire.SourceType), LiveSource, StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (context.Inputs.GetOrNull(Wire.SourceProtocol) is null or NullValue)
        {
            yield return new CheckFailure(Wire.SourceProtocol, "is required when sourceType is live");
        }

        if (context.IsKnown(Wire.SourceUrls) && context.Inputs.GetArray(Wire.SourceUrls) is { Count: not 1 } liveUrls)
        {
            yield return new CheckFailure(Wire.SourceUrls, $"must have exactly 1 item when sourceType is live (a live task pulls one stream), not {liveUrls.Count}");
        }
    }

    /// <summary>EndTime after StartTime, at most 7 days after it, and — when either is sent — in the future.</summary>
    private static IEnumerable<CheckFailure> TimeRules(CheckContext context)
    {
        var start = StateConditions.RecordedTime(context.Inputs, Wire.StartTime);
        var end = StateConditions.RecordedTime(context.Inputs, Wire.EndTime);
        if (start is null || end is null)
        {
            yield break;
        }

        if (end <= start)
        {
            yield return new CheckFailure(Wire.EndTime, "must be after startTime");
        }
        else if (end - start > MaxSpan)
        {
            yield return new CheckFailure(Wire.EndTime, "must be at most 7 days after startTime: a task runs at most 7 days");
        }

        if ((context.WillSend(Wire.StartTime) || context.WillSend(Wire.EndTime)) && end <= context.Now)
        {
            yield return new CheckFailure(Wire.EndTime, "must be in the future");
        }
    }
}
