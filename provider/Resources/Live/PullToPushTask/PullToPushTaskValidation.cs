using AlicloudLive.Framework.Checking;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskSchema;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>The cross-property rules of CreateLivePullToPush and UpdateLivePullToPush.</summary>
internal static class PullToPushTaskValidation
{
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(7);

    public static IEnumerable<CheckFailure> Check(CheckContext context) =>
        SourceRules(context).Concat(TimeRules(context));

    private static IEnumerable<CheckFailure> SourceRules(CheckContext context)
    {
        if (context.Inputs.GetArray("sourceUrls") is { } urls && context.IsKnown("sourceUrls"))
        {
            for (var i = 0; i < urls.Count; i++)
            {
                if (urls[i] is StringValue { Value.Length: 0 })
                {
                    yield return new CheckFailure($"sourceUrls[{i}]", "must not be empty");
                }
            }
        }

        if (!context.IsKnown("sourceType"))
        {
            yield break;
        }

        // A vod or url source ignores sourceProtocol, and a live one repeatNumber, fileIndex and offset: the API
        // documents them as without effect there, not as errors, so they pass (the service's own tasks carry them).
        if (!string.Equals(context.Inputs.GetString("sourceType"), LiveSource, StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (context.Inputs.GetOrNull("sourceProtocol") is null or NullValue)
        {
            yield return new CheckFailure("sourceProtocol", "is required when sourceType is live");
        }

        if (context.IsKnown("sourceUrls") && context.Inputs.GetArray("sourceUrls") is { Count: not 1 } liveUrls)
        {
            yield return new CheckFailure("sourceUrls", $"must have exactly 1 item when sourceType is live (a live task pulls one stream), not {liveUrls.Count}");
        }
    }

    /// <summary>EndTime after StartTime, at most 7 days after it, and — when either is sent — in the future.</summary>
    private static IEnumerable<CheckFailure> TimeRules(CheckContext context)
    {
        var start = StateConditions.RecordedTime(context.Inputs, "startTime");
        var end = StateConditions.RecordedTime(context.Inputs, "endTime");
        if (start is null || end is null)
        {
            yield break;
        }

        if (end <= start)
        {
            yield return new CheckFailure("endTime", "must be after startTime");
        }
        else if (end - start > MaxSpan)
        {
            yield return new CheckFailure("endTime", "must be at most 7 days after startTime: a task runs at most 7 days");
        }

        if ((context.WillSend("startTime") || context.WillSend("endTime")) && end <= context.Now)
        {
            yield return new CheckFailure("endTime", "must be in the future");
        }
    }
}
