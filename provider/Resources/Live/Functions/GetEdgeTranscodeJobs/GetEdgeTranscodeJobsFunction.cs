using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Common.LookupProperties;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeJobs;

/// <summary>alicloud-live:live:getEdgeTranscodeJobs: the edge transcode jobs of one cluster (ListEdgeTranscodeJob, every page), filtered.</summary>
internal sealed class GetEdgeTranscodeJobsFunction : FunctionDefinition<AlibabaCloudClient>
{
    private const string NotStarted = "NotStarted";
    private const string Running = "Running";

    private static readonly ObjectType Job = new(
        "alicloud-live:live:getEdgeTranscodeJobsJob",
        "An edge transcoding job of a cluster.",
        [
            new("id", TypeRef.String, "The EdgeTranscodeJob resource id: <clusterId>/<jobId>.") { Required = true },
            new("jobId", TypeRef.String, "The job id.") { Required = true },
            new("name", TypeRef.String, "The job's name."),
            new("status", TypeRef.String, "NotStarted or Running.") { Required = true },
            new("streamInput", TypeRef.String, "The source stream URL."),
            new("streamOutput", TypeRef.String, "The output stream URL."),
            new("templateId", TypeRef.String, "The transcoding template."),
            new("templateName", TypeRef.String, "The template's name."),
            new("type", TypeRef.String, "The edge transcoding type."),
            new("createTime", TypeRef.String, "When the job was created."),
            new("lastStartAt", TypeRef.String, "When the job last started."),
            new("lastStopAt", TypeRef.String, "When the job last stopped."),
        ]);

    public override string Token => "alicloud-live:live:getEdgeTranscodeJobs";

    public override string Description =>
        "Finds the edge transcoding jobs of a cluster by name, keyword, status or type (ListEdgeTranscodeJob, every page), "
        + "including jobs not managed by this stack; ids are EdgeTranscodeJob resource ids, ready for `pulumi import`.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("clusterId", TypeRef.String, "The edge cluster (data center) whose jobs to list.") { Required = true, Validators = [Must.NotEmpty()] },
        Filter("name", "Only the jobs with exactly this name."),
        Filter("keyword", "A job id (exact match) or part of a name (fuzzy match), as the cloud matches Keyword."),
        Filter("status", "NotStarted or Running.", Must.OneOf(NotStarted, Running)),
        Filter("type", "common, nbhd-2 or ultra-hd.", Must.OneOf("common", "nbhd-2", "ultra-hd")),
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } = [Ids("jobs"), Items("jobs", Job, "jobs")];

    public override async Task<PropertyMap> InvokeAsync(AlibabaCloudClient client, InvokeContext context)
    {
        var inputs = context.Inputs;
        var clusterId = inputs.GetString("clusterId")!;
        var name = inputs.GetString("name");
        var request = new ListEdgeTranscodeJobRequest(clusterId)
        {
            Keyword = inputs.GetString("keyword") ?? name,
            Status = inputs.GetString("status") switch
            {
                NotStarted => (int)EdgeTranscodeJobStatus.NotStarted,
                Running => (int)EdgeTranscodeJobStatus.Running,
                _ => null,
            },
            Type = inputs.GetString("type"),
            PageSize = Pages.Size,
        };
        var all = await Pages.AllAsync("ListEdgeTranscodeJob", async number =>
        {
            var page = await client.Live.ListEdgeTranscodeJobAsync(request with { PageNo = number }, context.CancellationToken);
            return new Page<Cloud.Live.EdgeTranscodeJob>(page.TotalCount, page.Jobs);
        });
        var found = all.Where(j => name is null || j.Name == name).ToList();
        return new MapBuilder()
            .Add("ids", Strings(found.Select(j => $"{clusterId}/{j.JobId}")))
            .Add("jobs", Objects(found.Select(j => Item(clusterId, j))))
            .Build();
    }

    private static PropertyMap Item(string clusterId, Cloud.Live.EdgeTranscodeJob j) => new MapBuilder()
        .Add("id", $"{clusterId}/{j.JobId}")
        .Add("jobId", j.JobId)
        .Add("name", j.Name)
        .Add("status", j.Status == EdgeTranscodeJobStatus.Running ? Running : NotStarted)
        .Add("streamInput", j.StreamInput)
        .Add("streamOutput", j.StreamOutput)
        .Add("templateId", j.TemplateId)
        .Add("templateName", j.TemplateName)
        .Add("type", j.Type)
        .Add("createTime", j.CreateTime)
        .Add("lastStartAt", j.LastStartAt)
        .Add("lastStopAt", j.LastStopAt)
        .Build();
}
