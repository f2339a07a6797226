using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.State;

public sealed record IceTemplate(string Id, string Name, string Type);

public sealed record EdgeTemplate(string ClusterId, string Id, string Name, string? Type);

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
        [new("ice-tpl-hd", "hd", "normal"), new("ice-tpl-nbhd", "nbhd", "narrow-band")],
        ["live.example.com", "play.example.com"],
        ["edge-cluster-1"],
        [new("edge-cluster-1", "edge-tpl-1080p", "1080p", null), new("edge-cluster-1", "edge-tpl-720p", "720p", null)],
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
