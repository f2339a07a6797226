using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>
/// Finding a task. Its id is not stable (a restart issues a new one) and the service deletes it after its end time,
/// but its dstUrl serves one task at a time: that is how a task whose create response was lost, or that was
/// restarted, is found again.
/// </summary>
internal static class PullToPushTaskLookup
{
    public const string NotExist = "CodeTaskNotExist";

    /// <summary>The task by id; null when the service says it does not exist.</summary>
    public static async Task<CloudTask?> ByIdAsync(AlibabaCloudClient client, string taskId, string region, CancellationToken ct)
    {
        try
        {
            return (await client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest(taskId, region), ct)).Task;
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, NotExist))
        {
            return null;
        }
    }

    /// <summary>
    /// The task pushing to <paramref name="dstUrl"/> (and named <paramref name="taskName"/>, when known), if any. The
    /// filter is fuzzy (it also lists longer URLs), so every page is searched.
    /// </summary>
    public static async Task<CloudTask?> ByDstUrlAsync(AlibabaCloudClient client, string region, string dstUrl, string? taskName, CancellationToken ct)
    {
        const int PageSize = 100;
        for (var page = 1; ; page++)
        {
            var answer = await client.Live.DescribeLivePullToPushListAsync(
                new DescribeLivePullToPushListRequest(region) { DstUrl = dstUrl, PageNumber = page, PageSize = PageSize }, ct);
            if (answer.Tasks.FirstOrDefault(t => t.Info.DstUrl == dstUrl && (string.IsNullOrEmpty(taskName) || t.Info.TaskName == taskName)) is { } found)
            {
                return found;
            }

            if (answer.Tasks.Count < PageSize || page * PageSize >= answer.Total)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The task from a listing shared with concurrent reads (a refresh reads many tasks at once), else by id, else by
    /// its recorded dstUrl: null only when none finds it.
    /// </summary>
    public static async Task<CloudTask?> FollowAsync(
        AlibabaCloudClient client, TaskAddress address, string? dstUrl, string? taskName, CancellationToken ct) =>
        await client.Live.PullToPushReads.FindAsync(new PullToPushTaskRequest(address.TaskId, address.Region), ct)
        ?? await ByIdAsync(client, address.TaskId, address.Region, ct)
        ?? (dstUrl is null ? null : await ByDstUrlAsync(client, address.Region, dstUrl, taskName, ct));
}

/// <summary>Where a task lives: its id and the live centre that runs it (every call needs both).</summary>
internal sealed record TaskAddress(string TaskId, string Region)
{
    /// <summary>
    /// From what was recorded (the freshest taskId output, the region input) or, on import, from the id:
    /// <c>&lt;region&gt;/&lt;taskId&gt;</c>, or a bare taskId in <paramref name="providerRegion"/>.
    /// </summary>
    public static TaskAddress From(string id, PropertyMap recorded, string providerRegion)
    {
        var parts = id.Split('/', 2);
        var (idRegion, taskId) = parts.Length == 2 ? (parts[0], parts[1]) : (null, id);
        return new TaskAddress(
            recorded.GetString("taskId") ?? taskId,
            recorded.GetString("region") ?? idRegion ?? providerRegion);
    }
}
