using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Resources.Live.PullToPushTask;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetPullToPushTasks;

/// <summary>
/// alicloud-live:live:getPullToPushTasks: the pull-to-push tasks of a live centre (DescribeLivePullToPushList, every
/// page). The cloud matches task id, name and destination fuzzily; the status filter is applied here (the API has none).
/// </summary>
internal sealed class GetPullToPushTasksFunction : FunctionDefinition<AlibabaCloudClient>
{
    public override string Token => "alicloud-live:live:getPullToPushTasks";

    public override string Description =>
        "Finds the pull-to-push tasks of a live centre by task id, name or destination URL (fuzzy, as the cloud matches "
        + "them) and by status (DescribeLivePullToPushList, every page), including tasks not managed by this stack.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetPullToPushTasksArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetPullToPushTasksResult.Definitions();

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var args = GetPullToPushTasksArgs.From(context.Inputs);
        var request = new DescribeLivePullToPushListRequest(args.Region)
        {
            TaskId = args.TaskId,
            TaskName = args.TaskName,
            DstUrl = args.DstUrl,
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("DescribeLivePullToPushList", async number =>
        {
            var page = await client.Live.DescribeLivePullToPushListAsync(request with { PageNumber = number }, context.CancellationToken);
            return new Page<Cloud.Live.PullToPushTask>(page.Total, page.Tasks);
        });
        var found = all.Where(t => args.Status is null || t.TaskStatus?.ToString() == args.Status).ToList();
        return new GetPullToPushTasksResult { Ids = [.. found.Select(t => t.TaskId)], Tasks = [.. found.Select(Item)] }.ToMap();
    }

    private static GetPullToPushTasksTask Item(Cloud.Live.PullToPushTask t) => new()
    {
        TaskId = t.TaskId,
        TaskName = t.Info.TaskName,
        Status = t.TaskStatus?.ToString(),
        SourceType = t.Info.SourceType,
        SourceProtocol = t.Info.SourceProtocol,
        SourceUrls = t.Info.SourceUrls,
        DstUrl = t.Info.DstUrl,
        StartTime = t.Info.StartTime is { } start ? Timestamps.ToText(start) : null,
        EndTime = t.Info.EndTime is { } end ? Timestamps.ToText(end) : null,
        CallbackUrl = t.Info.CallbackUrl,
        RepeatNumber = t.Info.RepeatNumber,
        RetryCount = t.Info.RetryCount,
        RetryInterval = t.Info.RetryInterval,
        FileIndex = t.Info.FileIndex,
        Offset = t.Info.Offset,
        InvalidReason = t.TaskInvalidReason,
        ExitReason = t.TaskExitReason,
    };
}

[PropertyModel]
internal sealed partial record GetPullToPushTasksArgs
{
    private static readonly string[] Statuses =
    [
        nameof(PullToPushTaskStatus.NotStarted),
        nameof(PullToPushTaskStatus.Running),
        nameof(PullToPushTaskStatus.Abnormal),
        nameof(PullToPushTaskStatus.Stopped),
        nameof(PullToPushTaskStatus.Exited),
    ];

    [Property("The live centre: ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai, cn-shenzhen.")]
    public required string Region { get; init; }

    [Property("Part of a task id.")]
    public string? TaskId { get; init; }

    [Property("Part of a task name.")]
    public string? TaskName { get; init; }

    [Property("Part of a destination URL.")]
    public string? DstUrl { get; init; }

    [Property("NotStarted, Running, Abnormal, Stopped, Exited.")]
    public string? Status { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(Region)] = new() { Validators = [Must.OneOf(PullToPushTaskSchema.Regions)] },
        [nameof(TaskId)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(TaskName)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(DstUrl)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Status)] = new() { Validators = [Must.OneOf(Statuses)] },
    };
}

[PropertyModel]
internal sealed partial record GetPullToPushTasksResult
{
    [Property("The ids of the tasks found, in the order the cloud lists them.")]
    public required IReadOnlyList<string> Ids { get; init; }

    [Property("The tasks found, in the order the cloud lists them (empty when nothing matches).")]
    public required IReadOnlyList<GetPullToPushTasksTask> Tasks { get; init; }
}

[PropertyModel("alicloud-live:live:getPullToPushTasksTask", "A pull-to-push task with its configuration and runtime state.")]
internal sealed partial record GetPullToPushTasksTask
{
    [Property("The task id (the PullToPushTask resource id).")]
    public required string TaskId { get; init; }

    [Property("The task's name.")]
    public string? TaskName { get; init; }

    [Property("NotStarted, Running, Abnormal, Stopped or Exited.")]
    public string? Status { get; init; }

    [Property("live, vod or url.")]
    public string? SourceType { get; init; }

    [Property("The source protocol, e.g. rtmp or flv.")]
    public string? SourceProtocol { get; init; }

    [Property("The source URLs.")]
    public required IReadOnlyList<string> SourceUrls { get; init; }

    [Property("Where the stream is pushed.")]
    public string? DstUrl { get; init; }

    [Property("When the task starts, ISO 8601 UTC.")]
    public string? StartTime { get; init; }

    [Property("When the task ends, ISO 8601 UTC.")]
    public string? EndTime { get; init; }

    [Property("The callback URL.")]
    public string? CallbackUrl { get; init; }

    [Property("How often a file source is played (-1 = forever).")]
    public int? RepeatNumber { get; init; }

    [Property("Retries after a failure.")]
    public int? RetryCount { get; init; }

    [Property("Seconds between retries.")]
    public int? RetryInterval { get; init; }

    [Property("The file a vod source starts at.")]
    public int? FileIndex { get; init; }

    [Property("The offset a vod source starts at, in seconds.")]
    public int? Offset { get; init; }

    [Property("Why the task is abnormal.")]
    public string? InvalidReason { get; init; }

    [Property("Why the task exited.")]
    public string? ExitReason { get; init; }
}
