using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Resources.Ice.LiveTranscodeJob;
using AlicloudLive.Resources.Live.EdgeTranscodeJob;
using AlicloudLive.Resources.Live.PullToPushTask;
using AlicloudLive.Resources.Live.RecordVodConfig;

namespace AlicloudLive.Resources.Provider;

/// <summary>Every resource type the provider serves. A new one needs a line here, and more: docs/adding-a-resource.md.</summary>
internal static class ResourceRegistry
{
    public static readonly IReadOnlyList<ResourceDefinition<AlibabaCloudClient>> All =
    [
        new LiveTranscodeJobResource(),
        new PullToPushTaskResource(),
        new RecordVodConfigResource(),
        new EdgeTranscodeJobResource(),
    ];
}
