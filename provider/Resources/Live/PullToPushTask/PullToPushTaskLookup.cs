using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Resources.Common;
using CloudTask = AlicloudLive.Cloud.Live.PullToPushTask;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>
/// Finding a task. Its id is not stable (a restart issues a new one) and the service deletes it after its end time.
/// A task whose create response was lost, or that was restarted, is found again by what else is known of it: its
/// dstUrl, name and sources; it is adopted only when exactly one task matches them all.
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
    /// Every task of the region that matches every key in <paramref name="keys"/>. The DstUrl filter is fuzzy (it also
    /// lists longer URLs), so every page is read and each task compared exactly.
    /// </summary>
    public static async Task<IReadOnlyList<CloudTask>> MatchingAsync(AlibabaCloudClient client, string region, TaskKeys keys, CancellationToken ct)
    {
        var listed = await Pages.AllAsync(async number =>
        {
            var answer = await client.Live.DescribeLivePullToPushListAsync(
                new DescribeLivePullToPushListRequest(region) { DstUrl = keys.DstUrl, PageNumber = number, PageSize = Pages.Size }, ct);
            return new Page<CloudTask>(answer.Total, answer.Tasks);
        });
        return [.. listed.Where(keys.Match)];
    }

    /// <summary>
    /// The task that took over from <paramref name="lostId"/> (a restart issues a new id): the one task matching every
    /// key known of it. Null when none does; an error when several do, because adopting one could take over someone
    /// else's task, and declaring the task gone would orphan it.
    /// </summary>
    public static async Task<CloudTask?> SuccessorAsync(AlibabaCloudClient client, string region, string lostId, TaskKeys keys, CancellationToken ct)
    {
        var matches = await MatchingAsync(client, region, keys, ct);
        return matches.Count <= 1
            ? matches.SingleOrDefault()
            : throw ProviderException.Refused($"task {lostId} no longer exists, and {matches.Count} tasks in {region} match its {keys.Described} "
                + $"({string.Join(", ", matches.Select(t => t.TaskId))}); none was adopted. Import the right one with "
                + $"`pulumi import {PullToPushTaskSchema.Token} <name> {region}/<taskId>`, or remove this resource with `pulumi state delete`");
    }

    /// <summary>
    /// The task from a listing shared with concurrent reads (a refresh reads many tasks at once), else by id, else the
    /// one task that took over from it: null only when the id is unknown and nothing took over.
    /// </summary>
    public static async Task<CloudTask?> FollowAsync(AlibabaCloudClient client, TaskAddress address, TaskKeys? keys, CancellationToken ct) =>
        await client.Live.FindListedPullToPushTaskAsync(address.Region, address.TaskId, ct)
        ?? await ByIdAsync(client, address.TaskId, address.Region, ct)
        ?? (keys is null ? null : await SuccessorAsync(client, address.Region, address.TaskId, keys, ct));
}

/// <summary>Where a task lives: its id and the live centre that runs it (every call needs both).</summary>
internal sealed record TaskAddress(string TaskId, string Region)
{
    /// <summary>
    /// From what was recorded (the freshest taskId output, the region input) or, on import, from the id:
    /// <c>&lt;region&gt;/&lt;taskId&gt;</c>, or a bare taskId in <paramref name="providerRegion"/>.
    /// </summary>
    public static TaskAddress From(string id, PullToPushTaskState recorded, string providerRegion)
    {
        var parts = id.Split('/', 2);
        var (idRegion, taskId) = parts.Length == 2 ? (parts[0], parts[1]) : (null, id);
        return new TaskAddress(recorded.TaskId ?? taskId, recorded.Region ?? idRegion ?? providerRegion);
    }
}
