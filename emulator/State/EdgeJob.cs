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

    public bool Running { get; set; }
}
