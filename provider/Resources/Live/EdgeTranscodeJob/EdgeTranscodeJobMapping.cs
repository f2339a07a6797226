using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobSchema;
using EdgeJob = AlicloudLive.Cloud.Live.EdgeTranscodeJob;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>Inputs → edge requests, edge jobs → outputs, and the resource id &lt;clusterId&gt;/&lt;jobId&gt;.</summary>
internal static class EdgeTranscodeJobMapping
{
    public static CreateEdgeTranscodeJobRequest Create(EdgeTranscodeJobArgs args) => new(
        args.ClusterId,
        args.Name ?? throw new InvalidOperationException("name is set by Check (autonaming)"),
        args.TemplateId,
        args.StreamInput,
        args.StreamOutput);

    /// <summary>Every job setting with its desired value: UpdateEdgeTranscodeJob does not document that it keeps what it is not sent.</summary>
    public static UpdateEdgeTranscodeJobRequest Update(JobKey key, EdgeTranscodeJobArgs args) => new(key.ClusterId, key.JobId)
    {
        Name = args.Name,
        TemplateId = args.TemplateId,
        StreamInput = args.StreamInput,
        StreamOutput = args.StreamOutput,
    };

    /// <summary>
    /// Outputs from what Get returns; clusterId comes from the key (Get does not echo it). <c>running</c> reports
    /// whether the job runs, so a refresh shows a job stopped or started outside Pulumi as a change to apply.
    /// </summary>
    public static PropertyMap Outputs(JobKey key, EdgeJob job, PropertyMap recordedMap)
    {
        var recorded = EdgeTranscodeJobState.From(recordedMap);
        return new EdgeTranscodeJobState
        {
            ClusterId = key.ClusterId,
            Name = job.Name ?? recorded.Name,
            TemplateId = job.TemplateId ?? recorded.TemplateId,
            StreamInput = job.StreamInput ?? recorded.StreamInput,
            StreamOutput = job.StreamOutput ?? recorded.StreamOutput,
            Running = IsRunning(job),
            JobId = key.JobId,
            Status = IsRunning(job) ? Running : NotStarted,
            TemplateName = job.TemplateName,
            Type = job.Type,
            CreateTime = job.CreateTime,
            LastStartAt = job.LastStartAt,
            LastStopAt = job.LastStopAt,
        }.ToMap();
    }

    public static bool IsRunning(EdgeJob job) => job.Status == EdgeTranscodeJobStatus.Running;
}

/// <summary>A job's address: every edge call names the cluster as well as the job.</summary>
internal sealed record JobKey(string ClusterId, string JobId)
{
    public string Id => $"{ClusterId}/{JobId}";

    /// <summary>Parses a resource or import id; a bare job id cannot be found without its cluster.</summary>
    public static JobKey Parse(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == id.Length - 1 || id.IndexOf('/', slash + 1) >= 0)
        {
            throw ProviderException.InvalidArgument($"'{id}' is not an edge transcode job id: use <clusterId>/<jobId>, because every edge call names the cluster, e.g. `pulumi import {Token} <name> <clusterId>/{(slash < 0 ? id : "<jobId>")}`");
        }

        return new JobKey(id[..slash], id[(slash + 1)..]);
    }
}
