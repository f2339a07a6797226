using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;
using Wire = AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskState.Wire;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>What identifies a task besides its id: its dstUrl, and its name, source type and sources where known.</summary>
internal sealed record TaskKeys(string DstUrl, string? TaskName, string? SourceType, IReadOnlyList<string>? SourceUrls)
{
    /// <summary>The keys in recorded inputs or outputs; null without a dstUrl (nothing to look up by).</summary>
    public static TaskKeys? From(PullToPushTaskState recorded) =>
        recorded.DstUrl is { } dstUrl ? new TaskKeys(dstUrl, recorded.TaskName, recorded.SourceType, recorded.SourceUrls) : null;

    /// <summary>For messages: which keys were compared.</summary>
    public string Described => string.Join(", ", new[]
    {
        Wire.DstUrl,
        TaskName is null ? null : Wire.TaskName,
        SourceType is null ? null : Wire.SourceType,
        SourceUrls is null ? null : Wire.SourceUrls,
    }.OfType<string>());

    public bool Match(CloudTask task) =>
        task.Info.DstUrl == DstUrl
        && (TaskName is null || task.Info.TaskName == TaskName)
        && (SourceType is null || task.Info.SourceType == SourceType)
        && (SourceUrls is null || task.Info.SourceUrls.SequenceEqual(SourceUrls));
}
