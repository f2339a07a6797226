namespace AlicloudLive.Emulator.State;

/// <summary>An edge transcode job; it runs only between Start and Stop commands.</summary>
public sealed class EdgeJob
{
    public required string ClusterId { get; set; }

    public required string JobId { get; set; }

    public required string Name { get; set; }

    public required string TemplateId { get; set; }

    public required string TemplateName { get; set; }

    public required string Type { get; set; }

    public required string StreamInput { get; set; }

    public required string StreamOutput { get; set; }

    public required DateTimeOffset CreateTime { get; set; }

    public DateTimeOffset? LastStartAt { get; set; }

    public DateTimeOffset? LastStopAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The last create, update, start or stop: ListEdgeTranscodeJob shows a job only within 180 days of it.</summary>
    public DateTimeOffset LastOperationAt =>
        new[] { CreateTime, LastStartAt ?? CreateTime, LastStopAt ?? CreateTime, UpdatedAt ?? CreateTime }.Max();

    public bool Running { get; set; }

    public EdgeJobStatus Status() => Running ? EdgeJobStatus.Running : EdgeJobStatus.NotStarted;
}
