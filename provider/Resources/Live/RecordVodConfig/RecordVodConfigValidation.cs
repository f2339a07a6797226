using AlicloudLive.Framework.Checking;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>The cross-property rules of AddLiveRecordVodConfig and UpdateLiveRecordVodConfig.</summary>
internal static class RecordVodConfigValidation
{
    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        var inputs = context.Inputs;
        if (context.IsKnown("autoCompose") && inputs.GetBool("autoCompose") == true && IsAbsent(inputs, "composeVodTranscodeGroupId"))
        {
            yield return new CheckFailure("composeVodTranscodeGroupId", "is required when autoCompose is true (the composed video needs its own transcoding group)");
        }

        if (context.IsKnown("recordContent") && inputs.GetString("recordContent") is { } content
            && content.Split(',').Contains("transcode") && IsAbsent(inputs, "transcodeTemplates"))
        {
            yield return new CheckFailure("transcodeTemplates", $"is required when recordContent is {content} (recording transcoded streams needs their templates)");
        }
    }

    /// <summary>Left out (an unknown value may still turn out to be set, so it is not absent).</summary>
    private static bool IsAbsent(PropertyMap inputs, string name) => inputs.GetOrNull(name) is null or NullValue;
}
