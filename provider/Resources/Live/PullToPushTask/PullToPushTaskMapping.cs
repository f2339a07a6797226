using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskSchema;
using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>Inputs → pull-to-push requests, and described tasks → outputs.</summary>
internal static class PullToPushTaskMapping
{
    public static CreateLivePullToPushRequest Create(PropertyMap inputs) => new(
        inputs.GetString("region")!,
        Time(inputs, "startTime"),
        Time(inputs, "endTime"),
        inputs.GetString("sourceType")!,
        Urls(inputs),
        inputs.GetString("dstUrl")!)
    {
        SourceProtocol = inputs.GetString("sourceProtocol"),
        TaskName = inputs.GetString("taskName"),
        CallbackUrl = inputs.GetString("callbackUrl"),
        RepeatNumber = Int(inputs, "repeatNumber"),
        RetryCount = Int(inputs, "retryCount"),
        RetryInterval = Int(inputs, "retryInterval"),
        FileIndex = Int(inputs, "fileIndex"),
        Offset = Int(inputs, "offset"),
    };

    /// <summary>Region always (the API requires it); otherwise only what changed, so nothing else is touched.</summary>
    public static UpdateLivePullToPushRequest Update(string taskId, PropertyMap inputs, IReadOnlySet<string> changed) =>
        new(taskId, inputs.GetString("region")!)
        {
            StartTime = changed.Contains("startTime") ? Time(inputs, "startTime") : null,
            EndTime = changed.Contains("endTime") ? Time(inputs, "endTime") : null,
            SourceUrls = changed.Contains("sourceUrls") ? Urls(inputs) : null,
            RepeatNumber = changed.Contains("repeatNumber") ? Int(inputs, "repeatNumber") : null,
            Offset = changed.Contains("offset") ? Int(inputs, "offset") : null,
            CallbackUrl = changed.Contains("callbackUrl") ? inputs.GetString("callbackUrl") : null,
            FileIndex = changed.Contains("fileIndex") ? Int(inputs, "fileIndex") : null,
        };

    /// <summary>
    /// Outputs from what Describe returns, in <paramref name="region"/> (Describe does not echo it). A field the
    /// answer leaves out keeps its <paramref name="recorded"/> value. File-source fields are dropped for live
    /// sources and empty strings count as absent, so an import passes Check.
    /// </summary>
    public static PropertyMap Outputs(CloudTask task, string region, PropertyMap recorded)
    {
        var info = task.Info;
        var sourceType = Text(info.SourceType) ?? recorded.GetString("sourceType");
        var fileSource = sourceType != LiveSource;
        return new MapBuilder()
            .Add("region", region)
            .Add("taskName", Text(info.TaskName) ?? recorded.GetString("taskName"))
            .Add("sourceType", sourceType)
            .Add("sourceProtocol", Text(info.SourceProtocol) ?? recorded.GetString("sourceProtocol"))
            .Add("sourceUrls", info.SourceUrls.Count > 0 ? info.SourceUrls : Strings(recorded, "sourceUrls"))
            .Add("dstUrl", Text(info.DstUrl) ?? recorded.GetString("dstUrl"))
            .Add("startTime", info.StartTime is { } start ? Timestamps.ToText(start) : recorded.GetString("startTime"))
            .Add("endTime", info.EndTime is { } end ? Timestamps.ToText(end) : recorded.GetString("endTime"))
            .Add("callbackUrl", Text(info.CallbackUrl) ?? recorded.GetString("callbackUrl"))
            .Add("repeatNumber", fileSource ? info.RepeatNumber ?? recorded.GetNumber("repeatNumber") : null)
            .Add("retryCount", info.RetryCount ?? recorded.GetNumber("retryCount"))
            .Add("retryInterval", info.RetryInterval ?? recorded.GetNumber("retryInterval"))
            .Add("fileIndex", fileSource ? Positive(info.FileIndex) ?? recorded.GetNumber("fileIndex") : null)
            .Add("offset", fileSource ? Positive(info.Offset) ?? recorded.GetNumber("offset") : null)
            .Add("taskId", task.TaskId)
            .Add("status", task.TaskStatus?.ToString() ?? recorded.GetString("status") ?? nameof(PullToPushTaskStatus.NotStarted))
            .Add("invalidReason", Text(task.TaskInvalidReason))
            .Add("exitReason", Text(task.TaskExitReason))
            .Add("currentOffset", fileSource ? task.CurrentOffset : null)
            .Add("currentFileIndex", fileSource ? task.CurrentFileIndex : null)
            .Build();
    }

    private static DateTimeOffset Time(PropertyMap inputs, string key) =>
        StateConditions.RecordedTime(inputs, key) ?? throw new InvalidOperationException($"{key} passed Check but is not a UTC time");

    private static IReadOnlyList<string> Urls(PropertyMap inputs) => Strings(inputs, "sourceUrls")!;

    private static IReadOnlyList<string>? Strings(PropertyMap map, string key) =>
        map.GetArray(key)?.Select(u => ((StringValue)PropertyMapReading.Unwrap(u)).Value).ToList();

    private static int? Int(PropertyMap inputs, string key) => inputs.GetNumber(key) is { } n ? (int)n : null;

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int? Positive(int? value) => value > 0 ? value : null;
}
