using System.Text.Json.Serialization;

namespace AlicloudLive.Emulator.State;

/// <summary>
/// A seeded ICE live transcode template. Only id, name and type are required in a seed file; the rest default to a
/// customized 720p H.264 template created at <see cref="SeedDefaults.CreateTime"/>.
/// </summary>
public sealed record IceTemplate(string Id, string Name, string Type)
{
    /// <summary>system or customized.</summary>
    public string? Category { get; init; }

    public DateTimeOffset? CreateTime { get; init; }

    public IceTemplateConfig? TemplateConfig { get; init; }

    [JsonIgnore]
    public string EffectiveCategory => Category ?? "customized";

    [JsonIgnore]
    public DateTimeOffset EffectiveCreateTime => CreateTime ?? SeedDefaults.CreateTime;

    [JsonIgnore]
    public IceVideoParams Video => TemplateConfig?.VideoParams ?? IceVideoParams.Default;

    [JsonIgnore]
    public IceAudioParams Audio => TemplateConfig?.AudioParams ?? IceAudioParams.Default;
}

/// <summary>The template's TemplateConfig; as in the API, every value is a string.</summary>
public sealed record IceTemplateConfig(IceVideoParams? VideoParams, IceAudioParams? AudioParams);

public sealed record IceVideoParams(string Codec, string Bitrate, string Fps, string Gop, string Width, string Height, string Profile)
{
    public static IceVideoParams Default { get; } = new("H.264", "2500", "30", "1000", "1280", "720", "2");
}

public sealed record IceAudioParams(string Codec, string Bitrate, string Samplerate, string Channels, string Profile)
{
    public static IceAudioParams Default { get; } = new("AAC", "128", "44100", "2", "aac_low");
}

/// <summary>Values a seed file may leave out.</summary>
public static class SeedDefaults
{
    /// <summary>The creation time of a seeded template that names none (fixed, so answers are repeatable).</summary>
    public static readonly DateTimeOffset CreateTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
