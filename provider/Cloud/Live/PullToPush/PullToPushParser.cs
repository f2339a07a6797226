using System.Text.Json;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Reads a task from a Describe body or a list item (TaskInfo nested, or its fields flattened in).</summary>
internal static class PullToPushParser
{
    public static PullToPushTask Task(JsonElement task)
    {
        var info = task.ObjectOrSelf("TaskInfo");
        var parsedInfo = new PullToPushTaskInfo(
            info.Str("TaskId"),
            info.Str("TaskName"),
            info.Str("SourceType"),
            info.Str("SourceProtocol"),
            info.Strings("SourceUrls"),
            info.Str("DstUrl"),
            info.Time("StartTime"),
            info.Time("EndTime"),
            info.Str("CallbackURL"),
            info.Int("RepeatNumber"),
            info.Int("RetryCount"),
            info.Int("RetryInterval"),
            info.Int("FileIndex"),
            info.Int("Offset"));
        return new PullToPushTask(
            task.Str("TaskId") ?? parsedInfo.TaskId ?? "",
            task.Int("TaskStatus") is { } status ? (PullToPushTaskStatus)status : null,
            task.Str("TaskInvalidReason"),
            task.Str("TaskExitReason"),
            task.Time("TaskExitTime"),
            task.Long("CurrentOffset"),
            task.Int("CurrentFileIndex"),
            parsedInfo);
    }
}
