using AlicloudLive.Framework.Checking;
using AlicloudLive.Values;
using Wire = AlicloudLive.Resources.Live.RecordVodConfig.RecordVodConfigArgs.Wire;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>The cross-property rules of AddLiveRecordVodConfig and UpdateLiveRecordVodConfig.</summary>
internal static class RecordVodConfigValidation
{
    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        // "AutoCompose and ComposeVodTranscodeGroupId must both empty or input."
        var inputs = context.Inputs;
        if (!context.IsKnown(Wire.AutoCompose) || (inputs.GetOrNull(Wire.ComposeVodTranscodeGroupId) is { ContainsUnknowns: true }))
        {
            yield break;
        }

        var autoCompose = inputs.GetBool(Wire.AutoCompose) == true;
        var hasGroup = !IsAbsent(inputs, Wire.ComposeVodTranscodeGroupId);
        if (autoCompose && !hasGroup)
        {
            yield return new CheckFailure(Wire.ComposeVodTranscodeGroupId, "is required when autoCompose is true (the composed video needs its own transcoding group)");
        }
        else if (!autoCompose && hasGroup)
        {
            yield return new CheckFailure(Wire.ComposeVodTranscodeGroupId, "is set only together with autoCompose true (the API takes both or neither)");
        }
    }

    /// <summary>Left out (an unknown value may still turn out to be set, so it is not absent).</summary>
    private static bool IsAbsent(PropertyMap inputs, string name) => inputs.GetOrNull(name) is null or NullValue;
}
