using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;
using IceJob = AlicloudLive.Cloud.Ice.LiveTranscodeJob;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>Inputs → ICE requests, and ICE jobs → outputs.</summary>
internal static class LiveTranscodeJobMapping
{
    public static SubmitLiveTranscodeJobRequest Submit(PropertyMap inputs) => new(
        inputs.GetString("name")!,
        inputs.GetString("templateId")!,
        inputs.GetString("startMode") == Timed ? 1 : 0,
        Input(inputs.GetObject("streamInput")!),
        Output(inputs.GetObject("transcodeOutput")!),
        inputs.GetString("startMode") == Timed && inputs.GetObject("timedConfig") is { } t ? Times(t) : null);

    public static LiveStreamInput Input(PropertyMap streamInput) =>
        new(streamInput.GetString("type") ?? "rtmp", streamInput.GetString("inputUrl")!);

    public static LiveTranscodeOutput Output(PropertyMap transcodeOutput) =>
        new(transcodeOutput.GetString("type") ?? "LiveCenter", transcodeOutput.GetString("domainName"));

    public static LiveTimedConfig Times(PropertyMap timedConfig) => new(Time(timedConfig, "startTime"), Time(timedConfig, "endTime"));

    /// <summary>
    /// Outputs from what Get returns, plus what it never returns (timedConfig, the output domain) from
    /// <paramref name="recorded"/>; on import the domain is derived from the output stream URLs when they agree, and
    /// otherwise left out (it is optional).
    /// </summary>
    public static PropertyMap Outputs(IceJob job, PropertyMap recorded)
    {
        var mode = job.StartMode switch
        {
            1 => Timed,
            0 => Immediate,
            _ => recorded.GetString("startMode") ?? Immediate,
        };
        // A recorded output keeps its domain, set or not (it is optional); only an import derives one.
        var domain = recorded.GetObject("transcodeOutput") is { } output ? output.GetString("domainName") : DomainFromStreams(job.OutputStreams);
        return new MapBuilder()
            .Add("name", job.Name ?? recorded.GetString("name"))
            .Add("templateId", job.TemplateId ?? recorded.GetString("templateId"))
            .Add("startMode", mode)
            .Add("streamInput", job.StreamInput is { } input
                ? new MapBuilder().Add("type", input.Type).Add("inputUrl", input.InputUrl).Build()
                : recorded.GetObject("streamInput"))
            .Add("transcodeOutput", new MapBuilder().Add("type", "LiveCenter").Add("domainName", domain).Build())
            .Add("timedConfig", mode == Timed ? recorded.GetObject("timedConfig") : null)
            .Add("jobId", job.JobId)
            .Add("status", (job.Status ?? LiveTranscodeJobStatus.NotStarted).ToString())
            .Add("templateName", job.TemplateName)
            .Add("templateType", job.TemplateType)
            .Add("outputStreams", new ArrayValue(job.OutputStreams.Select(s =>
                (PropertyValue)new ObjectValue(new MapBuilder().Add("type", s.Type).Add("outputUrl", s.OutputUrl).Build()))))
            .Add("createTime", job.CreateTime)
            .Build();
    }

    private static string? DomainFromStreams(IReadOnlyList<LiveOutputStream> streams)
    {
        var hosts = streams
            .Select(s => Uri.TryCreate(s.OutputUrl, UriKind.Absolute, out var u) ? u.Host : null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return hosts is [{ } host] ? host : null;
    }

    private static DateTimeOffset? Time(PropertyMap map, string key) =>
        map.GetString(key) is { } text && Timestamps.TryParse(text, out var t) ? t : null;
}
