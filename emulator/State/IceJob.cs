namespace AlicloudLive.Emulator.State;

/// <summary>An ICE live transcode job as stored; its status is derived from the emulated clock.</summary>
public sealed class IceJob
{
    public required string JobId { get; set; }

    public required string Name { get; set; }

    public required DateTimeOffset CreateTime { get; set; }

    public required IceStartMode StartMode { get; set; }

    public required string TemplateId { get; set; }

    public required string TemplateName { get; set; }

    public required string TemplateType { get; set; }

    public required string InputUrl { get; set; }

    public required string DomainName { get; set; }

    public DateTimeOffset? TimedStart { get; set; }

    public DateTimeOffset? TimedEnd { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>
    /// The endpoint (Host) the job was submitted at. ICE is a regional service: a job is found only through the endpoint
    /// that made it, so a client pointed at another region's endpoint does not see it. Null (state files written before)
    /// means every endpoint.
    /// </summary>
    public string? Endpoint { get; set; }

    public bool LivesAt(string endpoint) => Endpoint is null || Endpoint == endpoint;

    public IceJobStatus Status(DateTimeOffset now) =>
        StoppedAt is not null ? IceJobStatus.Stopped
        : StartMode == IceStartMode.Immediate ? IceJobStatus.Running
        : now < TimedStart ? IceJobStatus.NotStarted
        : now >= TimedEnd ? IceJobStatus.Stopped
        : IceJobStatus.Running;
}
