using AlicloudLive.Values;
using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>What identifies a task besides its id: its dstUrl, and its name, source type and sources where known.</summary>
internal sealed record TaskKeys(string DstUrl, string? TaskName, string? SourceType, IReadOnlyList<string>? SourceUrls)
{
    /// <summary>The keys in recorded inputs or outputs; null without a dstUrl (nothing to look up by).</summary>
    public static TaskKeys? From(PropertyMap recorded) =>
        recorded.GetString("dstUrl") is { } dstUrl
            ? new TaskKeys(
                dstUrl,
                recorded.GetString("taskName"),
                recorded.GetString("sourceType"),
                recorded.GetArray("sourceUrls")?.Select(u => PropertyMapReading.Unwrap(u) is StringValue s ? s.Value : "").ToList())
            : null;

    /// <summary>For messages: which keys were compared.</summary>
    public string Described => string.Join(", ", new[]
    {
        "dstUrl",
        TaskName is null ? null : "taskName",
        SourceType is null ? null : "sourceType",
        SourceUrls is null ? null : "sourceUrls",
    }.OfType<string>());

    public bool Match(CloudTask task) =>
        task.Info.DstUrl == DstUrl
        && (TaskName is null || task.Info.TaskName == TaskName)
        && (SourceType is null || task.Info.SourceType == SourceType)
        && (SourceUrls is null || task.Info.SourceUrls.SequenceEqual(SourceUrls));
}
