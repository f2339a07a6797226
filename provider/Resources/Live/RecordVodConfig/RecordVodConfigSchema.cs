using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using Wire = AlicloudLive.Resources.Live.RecordVodConfig.RecordVodConfigArgs.Wire;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>The schema of alicloud-live:live:RecordVodConfig: its token, key and properties (RecordVodConfigModel.cs).</summary>
internal static class RecordVodConfigSchema
{
    public const string Token = "alicloud-live:live:RecordVodConfig";

    /// <summary>The key properties: together they name the config (the id), and changing one makes a new config.</summary>
    public static readonly IReadOnlyList<string> KeyProperties = [Wire.DomainName, Wire.AppName, Wire.StreamName];

    public static readonly IReadOnlyList<PropertyDefinition> Inputs = RecordVodConfigArgs.Definitions();

    public static readonly IReadOnlyList<PropertyDefinition> Outputs = [.. RecordVodConfigState.Definitions(), .. ObjectLocation.Outputs("Live")];
}
