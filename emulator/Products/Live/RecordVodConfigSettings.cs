using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>
/// Applies the settings shared by AddLiveRecordVodConfig and UpdateLiveRecordVodConfig to a config
/// (patch semantics: a parameter that is not sent keeps its value), then checks the combined rules.
/// </summary>
public static class RecordVodConfigSettings
{
    private static readonly HashSet<int> OnDemandModes = [0, 1, 2, 7];
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "m3u8", "flv", "mp4" };
    private static readonly HashSet<string> Contents = new(StringComparer.Ordinal) { "raw", "transcode", "raw,transcode" };

    public static void Apply(RecordVodConfig config, RpcParameters p, Seed seed)
    {
        if (p.Optional("VodTranscodeGroupId") is { } group)
        {
            config.VodTranscodeGroupId = RequireGroup(seed, "VodTranscodeGroupId", group);
        }

        if (p.Optional("ComposeVodTranscodeGroupId") is { } compose)
        {
            config.ComposeVodTranscodeGroupId = compose.Length == 0 ? null : RequireGroup(seed, "ComposeVodTranscodeGroupId", compose);
        }

        config.CycleDuration = p.OptionalInt("CycleDuration", 300, 21600) ?? config.CycleDuration;
        config.DelayTime = p.OptionalInt("DelayTime", 15, 21600) ?? config.DelayTime;
        if (p.OptionalInt("OnDemand", int.MinValue, int.MaxValue) is { } onDemand)
        {
            config.OnDemand = OnDemandModes.Contains(onDemand) ? onDemand : throw ApiException.Invalid("OnDemand", "it must be 0, 1, 2 or 7.");
        }

        if (p.Optional("AutoCompose") is { } autoCompose)
        {
            config.AutoCompose = autoCompose is "ON" or "OFF"
                ? autoCompose
                : throw new ApiException(400, "InvalidAutoCompose.Malformed", $"AutoCompose must be ON or OFF, not \"{autoCompose}\".");
        }

        if (p.Optional("RecordContent") is { } content)
        {
            config.RecordContent = Contents.Contains(content) ? content : throw ApiException.Invalid("RecordContent", "it must be raw, transcode or raw,transcode.");
        }

        config.TranscodeTemplates = p.FlattenedList("TranscodeTemplates") ?? config.TranscodeTemplates;
        config.RecordFormats = p.FlattenedObjects("RecordFormat")?.Select(RecordFormat).ToList() ?? config.RecordFormats;
        CheckCombination(config);
    }

    private static void CheckCombination(RecordVodConfig config)
    {
        if (config.AutoCompose == "ON" && config.ComposeVodTranscodeGroupId is null)
        {
            throw new ApiException(400, "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", "AutoCompose ON requires ComposeVodTranscodeGroupId.");
        }

        if (config.RecordContent.Contains("transcode", StringComparison.Ordinal) && config.TranscodeTemplates.Count == 0)
        {
            throw ApiException.Invalid("TranscodeTemplates", "recording transcoded streams needs at least one transcode template.");
        }
    }

    private static Dictionary<string, string> RecordFormat(Dictionary<string, string> format)
    {
        if (!format.TryGetValue("Format", out var name))
        {
            throw ApiException.Missing("RecordFormat.N.Format");
        }

        if (!Formats.Contains(name))
        {
            throw ApiException.Invalid("RecordFormat.N.Format", $"\"{name}\" is not m3u8, flv or mp4.");
        }

        if (format.TryGetValue("SliceDuration", out var slice) && !(int.TryParse(slice, out var seconds) && seconds is >= 5 and <= 30))
        {
            throw ApiException.Invalid("RecordFormat.N.SliceDuration", "it must be an integer from 5 to 30.");
        }

        return format;
    }

    internal static string RequireGroup(Seed seed, string name, string group) =>
        seed.VodTranscodeGroups.Contains(group)
            ? group
            : throw new ApiException(404, "InvalidTemplateGroupId.NotFound", $"{name} \"{group}\" does not exist.");
}
