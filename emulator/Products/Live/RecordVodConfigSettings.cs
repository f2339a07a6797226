using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>
/// Applies the settings shared by AddLiveRecordVodConfig and UpdateLiveRecordVodConfig to a config
/// (patch semantics: a parameter that is not sent keeps its value), then checks the combined rules.
/// </summary>
public static class RecordVodConfigSettings
{
    // Only what the record-to-VOD pages document is judged here: CycleDuration 300–21600, OnDemand (Add: 0 or 1;
    // Update, page of 2026-05: also 2), AutoCompose ON/OFF together with ComposeVodTranscodeGroupId. DelayTime,
    // RecordContent and RecordFormat have no documented values (15–21600 s, raw/transcode, m3u8/flv/mp4 and 5–30 s
    // slices belong to the OSS record API).
    public static readonly IReadOnlySet<int> AddOnDemandModes = new HashSet<int> { 0, 1 };
    public static readonly IReadOnlySet<int> UpdateOnDemandModes = new HashSet<int> { 0, 1, 2 };

    public static void Apply(RecordVodConfig config, RpcParameters p, Seed seed, IReadOnlySet<int> onDemandModes)
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
        config.DelayTime = p.OptionalInt("DelayTime", int.MinValue, int.MaxValue) ?? config.DelayTime;
        if (p.OptionalInt("OnDemand", int.MinValue, int.MaxValue) is { } onDemand)
        {
            config.OnDemand = onDemandModes.Contains(onDemand) ? onDemand : throw ApiException.Invalid("OnDemand", $"it must be {string.Join(", ", onDemandModes)}.");
        }

        if (p.Optional("AutoCompose") is { } autoCompose)
        {
            config.AutoCompose = autoCompose is "ON" or "OFF"
                ? autoCompose
                : throw new ApiException(400, "InvalidAutoCompose.Malformed", $"AutoCompose must be ON or OFF, not \"{autoCompose}\".");
        }

        if (p.Optional("RecordContent") is { } content)
        {
            config.RecordContent = content;
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

        if (config.AutoCompose != "ON" && config.ComposeVodTranscodeGroupId is not null)
        {
            throw new ApiException(400, "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", "AutoCompose and ComposeVodTranscodeGroupId must both be empty or both be set.");
        }
    }

    private static Dictionary<string, string> RecordFormat(Dictionary<string, string> format)
    {
        if (!format.ContainsKey("Format"))
        {
            throw ApiException.Missing("RecordFormat.N.Format");
        }

        if (format.TryGetValue("SliceDuration", out var slice) && !int.TryParse(slice, out _))
        {
            throw ApiException.Invalid("RecordFormat.N.SliceDuration", "it must be an integer.");
        }

        return format;
    }

    internal static string RequireGroup(Seed seed, string name, string group) =>
        seed.VodTranscodeGroups.Contains(group)
            ? group
            : throw new ApiException(404, "InvalidTemplateGroupId.NotFound", $"{name} \"{group}\" does not exist.");
}
