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

    /// <summary>
    /// Every setting UpdateLivePullToPush takes, with its desired value: the API does not document that it keeps what
    /// it is not sent. The file-position settings go only to vod and url sources (a live source ignores them).
    /// </summary>
    public static UpdateLivePullToPushRequest Update(string taskId, PropertyMap inputs)
    {
        var fileSource = !IsLive(inputs);
        return new(taskId, inputs.GetString("region")!)
        {
            StartTime = Time(inputs, "startTime"),
            EndTime = Time(inputs, "endTime"),
            SourceUrls = Urls(inputs),
            CallbackUrl = inputs.GetString("callbackUrl"),
            RepeatNumber = fileSource ? Int(inputs, "repeatNumber") : null,
            FileIndex = fileSource ? Int(inputs, "fileIndex") : null,
            Offset = fileSource ? Int(inputs, "offset") : null,
        };
    }

    /// <summary>
    /// Outputs from what Describe returns, in <paramref name="region"/> (Describe does not echo it). A field the
    /// answer leaves out keeps its <paramref name="recorded"/> value; empty strings count as absent. A live source
    /// ignores the file-position settings, so theirs stay as recorded (absent on import), whatever the answer says.
    /// </summary>
    public static PropertyMap Outputs(CloudTask task, string region, PropertyMap recorded)
    {
        var info = task.Info;
        var sourceType = Text(info.SourceType) ?? recorded.GetString("sourceType");
        var fileSource = !string.Equals(sourceType, LiveSource, StringComparison.OrdinalIgnoreCase);
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
            .Add("repeatNumber", fileSource ? info.RepeatNumber ?? recorded.GetNumber("repeatNumber") : recorded.GetNumber("repeatNumber"))
            .Add("retryCount", info.RetryCount ?? recorded.GetNumber("retryCount"))
            .Add("retryInterval", info.RetryInterval ?? recorded.GetNumber("retryInterval"))
            .Add("fileIndex", fileSource ? info.FileIndex ?? recorded.GetNumber("fileIndex") : recorded.GetNumber("fileIndex"))
            .Add("offset", fileSource ? Positive(info.Offset) ?? recorded.GetNumber("offset") : recorded.GetNumber("offset"))
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

    private static bool IsLive(PropertyMap inputs) =>
        string.Equals(inputs.GetString("sourceType"), LiveSource, StringComparison.OrdinalIgnoreCase);

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int? Positive(int? value) => value > 0 ? value : null;
}
