using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Resources.Live.PullToPushTask;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Common.LookupProperties;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetPullToPushTasks;

/// <summary>
/// alicloud-live:live:getPullToPushTasks: the pull-to-push tasks of a live centre (DescribeLivePullToPushList, every
/// page). The cloud matches task id, name and destination fuzzily; the status filter is applied here (the API has none).
/// </summary>
internal sealed class GetPullToPushTasksFunction : FunctionDefinition<AlibabaCloudClient>
{
    private static readonly string[] Statuses =
    [
        nameof(PullToPushTaskStatus.NotStarted),
        nameof(PullToPushTaskStatus.Running),
        nameof(PullToPushTaskStatus.Abnormal),
        nameof(PullToPushTaskStatus.Stopped),
        nameof(PullToPushTaskStatus.Exited),
    ];

    private static readonly ObjectType Task = new(
        "alicloud-live:live:getPullToPushTasksTask",
        "A pull-to-push task with its configuration and runtime state.",
        [
            new("taskId", TypeRef.String, "The task id (the PullToPushTask resource id).") { Required = true },
            new("taskName", TypeRef.String, "The task's name."),
            new("status", TypeRef.String, "NotStarted, Running, Abnormal, Stopped or Exited."),
            new("sourceType", TypeRef.String, "live, vod or url."),
            new("sourceProtocol", TypeRef.String, "The source protocol, e.g. rtmp or flv."),
            new("sourceUrls", TypeRef.ArrayOf(TypeRef.String), "The source URLs.") { Required = true },
            new("dstUrl", TypeRef.String, "Where the stream is pushed."),
            new("startTime", TypeRef.String, "When the task starts, ISO 8601 UTC."),
            new("endTime", TypeRef.String, "When the task ends, ISO 8601 UTC."),
            new("callbackUrl", TypeRef.String, "The callback URL."),
            new("repeatNumber", TypeRef.Integer, "How often a file source is played (-1 = forever)."),
            new("retryCount", TypeRef.Integer, "Retries after a failure."),
            new("retryInterval", TypeRef.Integer, "Seconds between retries."),
            new("fileIndex", TypeRef.Integer, "The file a vod source starts at."),
            new("offset", TypeRef.Integer, "The offset a vod source starts at, in seconds."),
            new("invalidReason", TypeRef.String, "Why the task is abnormal."),
            new("exitReason", TypeRef.String, "Why the task exited."),
        ]);

    public override string Token => "alicloud-live:live:getPullToPushTasks";

    public override string Description =>
        "Finds the pull-to-push tasks of a live centre by task id, name or destination URL (fuzzy, as the cloud matches "
        + "them) and by status (DescribeLivePullToPushList, every page), including tasks not managed by this stack.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("region", TypeRef.String, "The live centre: " + string.Join(", ", PullToPushTaskSchema.Regions) + ".")
        {
            Required = true,
            Validators = [Must.OneOf(PullToPushTaskSchema.Regions)],
        },
        Filter("taskId", "Part of a task id."),
        Filter("taskName", "Part of a task name."),
        Filter("dstUrl", "Part of a destination URL."),
        Filter("status", string.Join(", ", Statuses) + ".", Must.OneOf(Statuses)),
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = [Ids("tasks"), Items("tasks", Task, "tasks")];

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var inputs = context.Inputs;
        var status = inputs.GetString("status");
        var request = new DescribeLivePullToPushListRequest(inputs.GetString("region")!)
        {
            TaskId = inputs.GetString("taskId"),
            TaskName = inputs.GetString("taskName"),
            DstUrl = inputs.GetString("dstUrl"),
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("DescribeLivePullToPushList", async number =>
        {
            var page = await client.Live.DescribeLivePullToPushListAsync(request with { PageNumber = number }, context.CancellationToken);
            return new Page<Cloud.Live.PullToPushTask>(page.Total, page.Tasks);
        });
        var found = all.Where(t => status is null || t.TaskStatus?.ToString() == status).ToList();
        return new MapBuilder()
            .Add("ids", Strings(found.Select(t => t.TaskId)))
            .Add("tasks", Objects(found.Select(Item)))
            .Build();
    }

    private static PropertyMap Item(Cloud.Live.PullToPushTask t) => new MapBuilder()
        .Add("taskId", t.TaskId)
        .Add("taskName", t.Info.TaskName)
        .Add("status", t.TaskStatus?.ToString())
        .Add("sourceType", t.Info.SourceType)
        .Add("sourceProtocol", t.Info.SourceProtocol)
        .Add("sourceUrls", t.Info.SourceUrls)
        .Add("dstUrl", t.Info.DstUrl)
        .Add("startTime", t.Info.StartTime is { } start ? Timestamps.ToText(start) : null)
        .Add("endTime", t.Info.EndTime is { } end ? Timestamps.ToText(end) : null)
        .Add("callbackUrl", t.Info.CallbackUrl)
        .Add("repeatNumber", t.Info.RepeatNumber)
        .Add("retryCount", t.Info.RetryCount)
        .Add("retryInterval", t.Info.RetryInterval)
        .Add("fileIndex", t.Info.FileIndex)
        .Add("offset", t.Info.Offset)
        .Add("invalidReason", t.TaskInvalidReason)
        .Add("exitReason", t.TaskExitReason)
        .Build();
}
