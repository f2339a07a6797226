using AlicloudLive.Framework.Checking;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>The cross-property rules of AddLiveRecordVodConfig and UpdateLiveRecordVodConfig.</summary>
internal static class RecordVodConfigValidation
{
    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        // "AutoCompose and ComposeVodTranscodeGroupId must both empty or input."
        var inputs = context.Inputs;
        if (!context.IsKnown("autoCompose") || (inputs.GetOrNull("composeVodTranscodeGroupId") is { ContainsUnknowns: true }))
        {
            yield break;
        }

        var autoCompose = inputs.GetBool("autoCompose") == true;
        var hasGroup = !IsAbsent(inputs, "composeVodTranscodeGroupId");
        if (autoCompose && !hasGroup)
        {
            yield return new CheckFailure("composeVodTranscodeGroupId", "is required when autoCompose is true (the composed video needs its own transcoding group)");
        }
        else if (!autoCompose && hasGroup)
        {
            yield return new CheckFailure("composeVodTranscodeGroupId", "is set only together with autoCompose true (the API takes both or neither)");
        }
    }

    /// <summary>Left out (an unknown value may still turn out to be set, so it is not absent).</summary>
    private static bool IsAbsent(PropertyMap inputs, string name) => inputs.GetOrNull(name) is null or NullValue;
}
