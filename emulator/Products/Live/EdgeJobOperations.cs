using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>Live edge transcode jobs: Create, Update, Start, Stop, Delete, Get, List (6000 calls per minute each).</summary>
public static class EdgeJobOperations
{
    private static readonly RateLimit Quota = RateLimit.PerMinute(6000);
    private static readonly TimeSpan ListWindow = TimeSpan.FromDays(180);

    public static IEnumerable<Operation> All() =>
    [
        new("CreateEdgeTranscodeJob", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Create),
        new("UpdateEdgeTranscodeJob", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Update),
        new("StartEdgeTranscodeJob", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Start),
        new("StopEdgeTranscodeJob", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Stop),
        new("DeleteEdgeTranscodeJob", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Delete),
        new("GetEdgeTranscodeJob", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: Get),
        new("ListEdgeTranscodeJob", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: List),
    ];

    private static JsonObject Create(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var cluster = EdgeInputs.Cluster(p);
        var name = p.Required("Name");
        var templateId = p.Required("TemplateId");
        var input = p.Required("StreamInput");
        var output = p.Required("StreamOutput");
        EdgeInputs.Name(name);
        EdgeInputs.StreamUrl("StreamInput", input);
        EdgeInputs.StreamUrl("StreamOutput", output);
        var template = EdgeInputs.Template(ctx.Seed, cluster, templateId);
        var job = new EdgeJob
        {
            ClusterId = cluster,
            JobId = Ids.New(),
            Name = name,
            TemplateId = template.Id,
            TemplateName = template.Name,
            Type = template.EffectiveType,
            StreamInput = input,
            StreamOutput = output,
            CreateTime = ctx.Now,
        };
        ctx.State.EdgeTranscodeJobs.Add(job);
        return new JsonObject { ["JobId"] = job.JobId };
    }

    private static JsonObject Update(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var job = Find(ctx);
        if (job.Running)
        {
            throw ApiException.Denied("A running job cannot be updated: stop it first.");
        }

        var name = p.Optional("Name") is { } n ? EdgeInputs.Name(n) : job.Name;
        var input = p.Optional("StreamInput") is { } i ? EdgeInputs.StreamUrl("StreamInput", i) : job.StreamInput;
        var output = p.Optional("StreamOutput") is { } o ? EdgeInputs.StreamUrl("StreamOutput", o) : job.StreamOutput;
        var template = p.Optional("TemplateId") is { } t ? EdgeInputs.Template(ctx.Seed, job.ClusterId, t) : null;
        job.Name = name;
        job.UpdatedAt = ctx.Now;
        job.StreamInput = input;
        job.StreamOutput = output;
        if (template is not null)
        {
            job.TemplateId = template.Id;
            job.TemplateName = template.Name;
            job.Type = template.EffectiveType;
        }

        return new JsonObject { ["JobId"] = job.JobId };
    }

    private static JsonObject Start(OperationContext ctx)
    {
        var job = Find(ctx);
        if (job.Running)
        {
            throw ApiException.Denied("The job is already running.");
        }

        job.Running = true;
        job.LastStartAt = ctx.Now;
        return new JsonObject { ["JobId"] = job.JobId };
    }

    private static JsonObject Stop(OperationContext ctx)
    {
        var job = Find(ctx);
        if (!job.Running)
        {
            throw ApiException.Denied("The job is not running.");
        }

        job.Running = false;
        job.LastStopAt = ctx.Now;
        return new JsonObject { ["JobId"] = job.JobId };
    }

    private static JsonObject Delete(OperationContext ctx)
    {
        var job = Find(ctx);
        if (job.Running)
        {
            throw ApiException.Denied("A running job cannot be deleted: stop it first.");
        }

        ctx.State.EdgeTranscodeJobs.Remove(job);
        return [];
    }

    private static JsonObject Get(OperationContext ctx) => new() { ["Job"] = EdgeJobJson.Render(Find(ctx)) };

    private static JsonObject List(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var cluster = EdgeInputs.Cluster(p);
        var paging = Paging.Read(p, "PageNo", "PageSize", 10, 1, 100);
        var keyword = p.Optional("Keyword");
        var status = p.OptionalInt("Status", 0, 1);
        var type = p.Optional("Type");
        // "This operation returns only tasks from the last 180 days, and the last operation time must be within this
        // 180-day period." Get still finds an older job by its id.
        var matches = ctx.State.EdgeTranscodeJobs
            .Where(j => j.ClusterId == cluster && j.LastOperationAt >= ctx.Now - ListWindow)
            .Where(j => string.IsNullOrEmpty(keyword) || j.JobId == keyword || j.Name.Contains(keyword, StringComparison.Ordinal))
            .Where(j => status is null || (int)j.Status() == status)
            .Where(j => string.IsNullOrEmpty(type) || j.Type == type)
            .ToList();
        var ordered = SortOrder.ByCreateTime(p, matches, j => j.CreateTime);
        return new JsonObject
        {
            ["TotalCount"] = matches.Count,
            ["JobList"] = new JsonObject
            {
                ["Job"] = new JsonArray(paging.Apply(ordered).Select(j => (JsonNode)EdgeJobJson.Render(j)).ToArray()),
            },
        };
    }

    private static EdgeJob Find(OperationContext ctx)
    {
        var cluster = EdgeInputs.Cluster(ctx.Parameters);
        var id = ctx.Parameters.Required("JobId");
        return ctx.State.EdgeTranscodeJobs.FirstOrDefault(j => j.ClusterId == cluster && j.JobId == id)
            ?? throw new ApiException(404, "JobNotFound", $"The job \"{id}\" does not exist in cluster {cluster}.");
    }
}
