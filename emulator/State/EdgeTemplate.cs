using System.Text.Json.Serialization;

namespace AlicloudLive.Emulator.State;

/// <summary>
/// A seeded edge transcode template of one cluster. Only clusterId, id and name are required in a seed file; the rest
/// default to a common 720p H.264 template created at <see cref="SeedDefaults.CreateTime"/>.
/// </summary>
public sealed record EdgeTemplate(string ClusterId, string Id, string Name, string? Type)
{
    /// <summary>H.264 or H.265.</summary>
    public string? Codec { get; init; }

    /// <summary>Kbit/s, e.g. "3000".</summary>
    public string? Bitrate { get; init; }

    public string? Fps { get; init; }

    /// <summary>e.g. "2s".</summary>
    public string? Gop { get; init; }

    /// <summary>width*height, e.g. "1920*1080".</summary>
    public string? Resolution { get; init; }

    public DateTimeOffset? CreateTime { get; init; }

    [JsonIgnore]
    public string EffectiveType => Type ?? "common";

    [JsonIgnore]
    public string EffectiveCodec => Codec ?? "H.264";

    [JsonIgnore]
    public DateTimeOffset EffectiveCreateTime => CreateTime ?? SeedDefaults.CreateTime;
}
