using AlicloudLive.Cloud.Ice;
using AlicloudLive.Framework.Schema;
using static AlicloudLive.Resources.Ice.LiveTranscodeJob.LiveTranscodeJobSchema;
using IceJob = AlicloudLive.Cloud.Ice.LiveTranscodeJob;

namespace AlicloudLive.Resources.Ice.LiveTranscodeJob;

/// <summary>Inputs → ICE requests, and ICE jobs → outputs.</summary>
internal static class LiveTranscodeJobMapping
{
    public static SubmitLiveTranscodeJobRequest Submit(LiveTranscodeJobArgs args) => new(
        args.Name ?? throw new InvalidOperationException("name is set by Check (autonaming)"),
        args.TemplateId,
        args.IsTimed ? 1 : 0,
        Input(args.StreamInput),
        Output(args.TranscodeOutput),
        args.IsTimed && args.TimedConfig is { } t ? Times(t) : null);

    public static LiveStreamInput Input(LiveTranscodeJobStreamInput input) => new(input.Type ?? "rtmp", input.InputUrl);

    public static LiveTranscodeOutput Output(LiveTranscodeJobTranscodeOutput output) => new(output.Type ?? "LiveCenter", output.DomainName);

    public static LiveTimedConfig Times(LiveTranscodeJobTimedConfig times) => new(Time(times.StartTime), Time(times.EndTime));

    /// <summary>
    /// Outputs from what Get returns, plus what it never returns (timedConfig, the output domain) from
    /// <paramref name="recorded"/>; on import the domain is derived from the output stream URLs when they agree, and
    /// otherwise left out (it is optional).
    /// </summary>
    public static LiveTranscodeJobState Outputs(IceJob job, LiveTranscodeJobState recorded)
    {
        var mode = job.StartMode switch
        {
            1 => Timed,
            0 => Immediate,
            _ => recorded.StartMode ?? Immediate,
        };
        // A recorded output keeps its domain, set or not (it is optional); only an import derives one.
        var domain = recorded.TranscodeOutput is { } output ? output.DomainName : DomainFromStreams(job.OutputStreams);
        return new()
        {
            Name = job.Name ?? recorded.Name,
            TemplateId = job.TemplateId ?? recorded.TemplateId,
            StartMode = mode,
            StreamInput = job.StreamInput is { } input ? new() { Type = input.Type, InputUrl = input.InputUrl } : recorded.StreamInput,
            TranscodeOutput = new() { Type = "LiveCenter", DomainName = domain },
            TimedConfig = mode == Timed ? recorded.TimedConfig : null,
            JobId = job.JobId,
            Status = (job.Status ?? LiveTranscodeJobStatus.NotStarted).ToString(),
            TemplateName = job.TemplateName,
            TemplateType = job.TemplateType,
            OutputStreams = [.. job.OutputStreams.Select(s => new LiveTranscodeJobOutputStream { Type = s.Type, OutputUrl = s.OutputUrl })],
            CreateTime = job.CreateTime,
        };
    }

    private static string? DomainFromStreams(IReadOnlyList<LiveOutputStream> streams)
    {
        var hosts = streams
            .Select(s => Uri.TryCreate(s.OutputUrl, UriKind.Absolute, out var u) ? u.Host : null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return hosts is [{ } host] ? host : null;
    }

    private static DateTimeOffset? Time(string? text) => text is not null && Timestamps.TryParse(text, out var t) ? t : null;
}
