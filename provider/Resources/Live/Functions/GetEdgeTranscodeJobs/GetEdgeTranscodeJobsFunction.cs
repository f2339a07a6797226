using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeJobs;

/// <summary>alicloud-live:live:getEdgeTranscodeJobs: the edge transcode jobs of one cluster (ListEdgeTranscodeJob, every page), filtered.</summary>
internal sealed class GetEdgeTranscodeJobsFunction : FunctionDefinition<AlibabaCloudClient>
{
    public const string NotStarted = "NotStarted";
    public const string Running = "Running";

    public override string Token => "alicloud-live:live:getEdgeTranscodeJobs";

    public override string Description =>
        "Finds the edge transcoding jobs of a cluster by name, keyword, status or type (ListEdgeTranscodeJob, every page), "
        + "including jobs not managed by this stack; ids are EdgeTranscodeJob resource ids, ready for `pulumi import`.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } = GetEdgeTranscodeJobsArgs.Definitions();

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = GetEdgeTranscodeJobsResult.Definitions();

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var args = GetEdgeTranscodeJobsArgs.From(context.Inputs);
        var request = new ListEdgeTranscodeJobRequest(args.ClusterId)
        {
            Keyword = args.Keyword ?? args.Name,
            Status = args.Status switch
            {
                NotStarted => (int)EdgeTranscodeJobStatus.NotStarted,
                Running => (int)EdgeTranscodeJobStatus.Running,
                _ => null,
            },
            Type = args.Type,
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListEdgeTranscodeJob", async number =>
        {
            var page = await client.Live.ListEdgeTranscodeJobAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<Cloud.Live.EdgeTranscodeJob>(page.TotalCount, page.Jobs);
        });
        var found = all.Where(j => args.Name is null || j.Name == args.Name).Select(j => Item(args.ClusterId, j)).ToList();
        return new GetEdgeTranscodeJobsResult { Ids = [.. found.Select(j => j.Id)], Jobs = found }.ToMap();
    }

    private static GetEdgeTranscodeJobsJob Item(string clusterId, Cloud.Live.EdgeTranscodeJob j) => new()
    {
        Id = $"{clusterId}/{j.JobId}",
        JobId = j.JobId,
        Name = j.Name,
        Status = j.Status == EdgeTranscodeJobStatus.Running ? Running : NotStarted,
        StreamInput = j.StreamInput,
        StreamOutput = j.StreamOutput,
        TemplateId = j.TemplateId,
        TemplateName = j.TemplateName,
        Type = j.Type,
        CreateTime = j.CreateTime,
        LastStartAt = j.LastStartAt,
        LastStopAt = j.LastStopAt,
    };
}

[PropertyModel]
internal sealed partial record GetEdgeTranscodeJobsArgs
{
    [Property("The edge cluster (data center) whose jobs to list.")]
    public required string ClusterId { get; init; }

    [Property("Only the jobs with exactly this name.")]
    public string? Name { get; init; }

    [Property("A job id (exact match) or part of a name (fuzzy match), as the cloud matches Keyword.")]
    public string? Keyword { get; init; }

    [Property("NotStarted or Running.")]
    public string? Status { get; init; }

    [Property("common, nbhd-2 or ultra-hd.")]
    public string? Type { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(ClusterId)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Name)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Keyword)] = new() { Validators = [Must.NotEmpty()] },
        [nameof(Status)] = new() { Validators = [Must.OneOf(GetEdgeTranscodeJobsFunction.NotStarted, GetEdgeTranscodeJobsFunction.Running)] },
        [nameof(Type)] = new() { Validators = [Must.OneOf("common", "nbhd-2", "ultra-hd")] },
    };
}

[PropertyModel]
internal sealed partial record GetEdgeTranscodeJobsResult
{
    [Property("The ids of the jobs found, in the order the cloud lists them.")]
    public required IReadOnlyList<string> Ids { get; init; }

    [Property("The jobs found, in the order the cloud lists them (empty when nothing matches).")]
    public required IReadOnlyList<GetEdgeTranscodeJobsJob> Jobs { get; init; }
}

[PropertyModel("alicloud-live:live:getEdgeTranscodeJobsJob", "An edge transcoding job of a cluster.")]
internal sealed partial record GetEdgeTranscodeJobsJob
{
    [Property("The EdgeTranscodeJob resource id: <clusterId>/<jobId>.")]
    public required string Id { get; init; }

    [Property("The job id.")]
    public required string JobId { get; init; }

    [Property("The job's name.")]
    public string? Name { get; init; }

    [Property("NotStarted or Running.")]
    public required string Status { get; init; }

    [Property("The source stream URL.")]
    public string? StreamInput { get; init; }

    [Property("The output stream URL.")]
    public string? StreamOutput { get; init; }

    [Property("The transcoding template.")]
    public string? TemplateId { get; init; }

    [Property("The template's name.")]
    public string? TemplateName { get; init; }

    [Property("The edge transcoding type.")]
    public string? Type { get; init; }

    [Property("When the job was created.")]
    public string? CreateTime { get; init; }

    [Property("When the job last started.")]
    public string? LastStartAt { get; init; }

    [Property("When the job last stopped.")]
    public string? LastStopAt { get; init; }
}
