using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.State;

/// <summary>
/// The objects the emulator does not manage but references point at: ICE templates, live domains,
/// edge clusters and templates, VOD transcode groups. Built in, or replaced by --seed FILE.
/// </summary>
public sealed record Seed(
    IReadOnlyList<IceTemplate> IceTemplates,
    IReadOnlyList<string> LiveDomains,
    IReadOnlyList<string> EdgeClusters,
    IReadOnlyList<EdgeTemplate> EdgeTemplates,
    IReadOnlyList<string> VodTranscodeGroups)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Seed BuiltIn { get; } = new(
        [
            new("ice-tpl-hd", "hd", "normal")
            {
                Category = "customized",
                CreateTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                TemplateConfig = new(new("H.264", "2500", "30", "1000", "1280", "720", "2"), new("AAC", "128", "44100", "2", "aac_low")),
            },
            new("ice-tpl-nbhd", "nbhd", "narrow-band")
            {
                Category = "customized",
                CreateTime = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
                TemplateConfig = new(new("H.265", "1500", "25", "1000", "1920", "1080", "2"), new("AAC", "96", "44100", "2", "aac_low")),
            },
        ],
        ["live.example.com", "play.example.com"],
        ["edge-cluster-1"],
        [
            new("edge-cluster-1", "edge-tpl-1080p", "1080p", "common")
            {
                Codec = "H.264", Bitrate = "3000", Fps = "30", Gop = "2s", Resolution = "1920*1080",
                CreateTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            },
            new("edge-cluster-1", "edge-tpl-720p", "720p", "common")
            {
                Codec = "H.265", Bitrate = "1500", Fps = "25", Gop = "2s", Resolution = "1280*720",
                CreateTime = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
            },
        ],
        ["vod-group-default", "vod-group-compose"]);

    public static Seed Load(string path)
    {
        var seed = JsonSerializer.Deserialize<Seed>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: the seed file is empty.");
        return seed.IceTemplates is null || seed.LiveDomains is null || seed.EdgeClusters is null
            || seed.EdgeTemplates is null || seed.VodTranscodeGroups is null
            ? throw new InvalidDataException($"{path}: a seed needs iceTemplates, liveDomains, edgeClusters, edgeTemplates and vodTranscodeGroups.")
            : seed;
    }

    public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, Json)!;
}
