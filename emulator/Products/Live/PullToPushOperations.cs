using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>
/// Live pull-to-push tasks: Create, Update, Describe, DescribeList, Stop, Restart, Delete (10 QPS each). The official
/// SDKs send Create as POST and the six others as GET.
/// </summary>
public static class PullToPushOperations
{
    private static readonly RateLimit Quota = RateLimit.PerSecond(10);
    private static readonly string[] NotUpdatable = ["DstUrl", "SourceType", "SourceProtocol", "RetryCount", "RetryInterval", "TaskName"];

    public static IEnumerable<Operation> All() =>
    [
        new("CreateLivePullToPush", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Create),
        new("UpdateLivePullToPush", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Update, Method: "GET"),
        new("DescribeLivePullToPush", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: Describe, Method: "GET"),
        new("DescribeLivePullToPushList", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: DescribeList, Method: "GET"),
        new("StopLivePullToPush", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Stop, Method: "GET"),
        new("RestartLivePullToPush", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Restart, Method: "GET"),
        new("DeleteLivePullToPush", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Delete, Method: "GET"),
    ];

    private static JsonObject Create(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var region = PullToPushInputs.Region(p.Required("Region"));
        var sourceType = PullToPushInputs.SourceType(p.Required("SourceType"));
        var protocol = PullToPushInputs.SourceProtocol(p.Optional("SourceProtocol"), sourceType);
        var urls = PullToPushInputs.SourceUrls(p.OptionalJson("SourceUrls") ?? throw ApiException.Missing("SourceUrls"), sourceType);
        var dstUrl = PullToPushInputs.DstUrl(p.Required("DstUrl"));
        var start = p.RequiredTime("StartTime");
        var end = p.RequiredTime("EndTime");
        var callback = PullToPushInputs.CallbackUrl(p.Optional("CallbackUrl"));
        var (repeat, fileIndex, offset) = FileSourceOptions(p);
        var retryCount = p.OptionalInt("RetryCount", int.MinValue, int.MaxValue) ?? 3;
        var retryInterval = p.OptionalInt("RetryInterval", 60, 300) ?? 60;
        PullToPushInputs.Duration(start, end, ctx.Now);
        RequireDstUrlFree(ctx, dstUrl);

        var task = new PullToPushTask
        {
            TaskId = Ids.New(),
            Region = region,
            TaskName = p.Optional("TaskName"),
            SourceType = sourceType,
            SourceProtocol = protocol,
            SourceUrls = urls,
            DstUrl = dstUrl,
            StartTime = start,
            EndTime = end,
            CallbackUrl = callback,
            RepeatNumber = repeat,
            RetryCount = retryCount,
            RetryInterval = retryInterval,
            FileIndex = fileIndex,
            Offset = offset,
        };
        ctx.State.PullToPushTasks.Add(task);
        return PullToPushJson.Success(new JsonObject { ["TaskId"] = task.TaskId });
    }

    private static JsonObject Update(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var task = Find(ctx, matchRegion: false);
        var region = PullToPushInputs.Region(p.Required("Region"));
        foreach (var name in NotUpdatable.Where(p.Has))
        {
            throw ApiException.Invalid(name, "it cannot be updated.");
        }

        var status = task.Status(ctx.Now);
        var started = status != PullToPushTaskStatus.NotStarted;
        var start = started ? task.StartTime : p.OptionalTime("StartTime") ?? task.StartTime; // ignored after start
        var end = p.OptionalTime("EndTime") ?? task.EndTime;
        var urlsJson = p.OptionalJson("SourceUrls");
        // A copy: the task's own list is cleared and refilled below.
        List<string> urls = urlsJson is null ? [.. task.SourceUrls] : PullToPushInputs.SourceUrls(urlsJson, task.SourceType);
        var callback = PullToPushInputs.CallbackUrl(p.Optional("CallbackUrl")) ?? task.CallbackUrl;
        var (repeat, fileIndex, offset) = FileSourceOptions(p);

        var changed = new List<string>();
        Note(changed, "Region", region != task.Region);
        Note(changed, "StartTime", start != task.StartTime);
        Note(changed, "EndTime", end != task.EndTime);
        Note(changed, "SourceUrls", !urls.SequenceEqual(task.SourceUrls));
        Note(changed, "FileIndex", fileIndex is not null && fileIndex != task.FileIndex);
        Note(changed, "Offset", offset is not null && offset != task.Offset);
        // Region only before the start; SourceUrls, FileIndex and Offset only while stopped ("must be updated while
        // the task is stopped"); while running, only CallbackUrl and RepeatNumber.
        var forbidden = status switch
        {
            PullToPushTaskStatus.Running or PullToPushTaskStatus.Abnormal => changed,
            PullToPushTaskStatus.Stopped => changed.Where(c => c == "Region").ToList(),
            _ => changed.Where(c => c is "SourceUrls" or "FileIndex" or "Offset").ToList(),
        };
        if (forbidden.Count > 0)
        {
            throw status == PullToPushTaskStatus.NotStarted
                ? ApiException.Invalid(forbidden[0], "it can be updated only while the task is stopped.")
                : new ApiException(400, "CodeTaskHasStarted", $"The task has started (status {(int)status}); {string.Join(", ", forbidden)} can no longer be updated.");
        }

        if (changed.Contains("StartTime") || changed.Contains("EndTime"))
        {
            PullToPushInputs.Duration(start, end, ctx.Now);
        }

        task.Region = region;
        task.StartTime = start;
        task.EndTime = end;
        task.SourceUrls.Clear();
        task.SourceUrls.AddRange(urls);
        task.CallbackUrl = callback;
        task.RepeatNumber = repeat ?? task.RepeatNumber;
        task.FileIndex = fileIndex ?? task.FileIndex;
        task.Offset = offset ?? task.Offset;
        return PullToPushJson.Success([]);
    }

    private static JsonObject Describe(OperationContext ctx) =>
        PullToPushJson.Success(PullToPushJson.Render(Find(ctx, matchRegion: true), ctx.Now));

    private static JsonObject DescribeList(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var region = PullToPushInputs.Region(p.Required("Region"));
        var paging = Paging.Read(p, "PageNumber", "PageSize", 10, 1, 100);
        var taskId = p.Optional("TaskId");
        var taskName = p.Optional("TaskName");
        var dstUrl = p.Optional("DstUrl");
        var matches = ctx.State.PullToPushTasks
            .Where(t => t.Exists(ctx.Now) && t.Region == region)
            .Where(t => Fuzzy(t.TaskId, taskId) && Fuzzy(t.TaskName ?? "", taskName) && Fuzzy(t.DstUrl, dstUrl))
            .ToList();
        return new JsonObject
        {
            ["Total"] = matches.Count,
            ["PageNumber"] = paging.Number,
            ["PageSize"] = paging.Size,
            ["TaskList"] = new JsonArray(paging.Apply(matches).Select(t => (JsonNode)PullToPushJson.Render(t, ctx.Now)).ToArray()),
        };
    }

    private static JsonObject Stop(OperationContext ctx)
    {
        var task = Find(ctx, matchRegion: true);
        if (!task.IsRunning(ctx.Now))
        {
            throw new ApiException(400, "CodeTaskHasStopped", "Only a running task can be stopped.");
        }

        task.StoppedAt = ctx.Now;
        task.Abnormal = false;
        return new JsonObject { ["TaskId"] = task.TaskId };
    }

    // The service restarts a task under a new TaskId; the old id no longer exists afterwards.
    private static JsonObject Restart(OperationContext ctx)
    {
        var task = Find(ctx, matchRegion: true);
        if (ctx.Now < task.StartTime)
        {
            throw ApiException.Invalid("TaskId", "the task has not reached its StartTime yet, so it cannot be restarted.");
        }

        task.TaskId = Ids.New();
        task.StoppedAt = null;
        task.Abnormal = false;
        return new JsonObject { ["TaskId"] = task.TaskId };
    }

    private static JsonObject Delete(OperationContext ctx)
    {
        ctx.State.PullToPushTasks.Remove(Find(ctx, matchRegion: true));
        return PullToPushJson.Success([]);
    }

    /// <summary>Finds a task that still exists; Region must match except for Update, where it is the new value.</summary>
    internal static PullToPushTask Find(OperationContext ctx, bool matchRegion)
    {
        var id = ctx.Parameters.Required("TaskId");
        var region = ctx.Parameters.Required("Region");
        return ctx.State.PullToPushTasks.FirstOrDefault(t => t.TaskId == id && t.Exists(ctx.Now) && (!matchRegion || t.Region == region))
            ?? throw new ApiException(400, "CodeTaskNotExist", $"The task \"{id}\" does not exist in {region}.");
    }

    /// <summary>RepeatNumber (−1, 0, N), FileIndex (from 0) and Offset (positive); a live source ignores them.</summary>
    private static (int? Repeat, int? FileIndex, int? Offset) FileSourceOptions(RpcParameters p) =>
        (p.OptionalInt("RepeatNumber", -1, int.MaxValue), p.OptionalInt("FileIndex", 0, int.MaxValue), p.OptionalInt("Offset", 1, int.MaxValue));

    private static void RequireDstUrlFree(OperationContext ctx, string dstUrl)
    {
        var other = ctx.State.PullToPushTasks.FirstOrDefault(t => t.DstUrl == dstUrl && t.Exists(ctx.Now));
        if (other is not null)
        {
            throw ApiException.Invalid("DstUrl", $"it is already used by task {other.TaskId}.");
        }
    }

    private static bool Fuzzy(string value, string? filter) => string.IsNullOrEmpty(filter) || value.Contains(filter, StringComparison.Ordinal);

    private static void Note(List<string> changed, string name, bool isChange)
    {
        if (isChange)
        {
            changed.Add(name);
        }
    }
}
