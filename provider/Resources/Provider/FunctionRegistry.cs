using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Resources.Ice.Functions.GetLiveTranscodeJob;
using AlicloudLive.Resources.Ice.Functions.GetLiveTranscodeTemplates;
using AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeJobs;
using AlicloudLive.Resources.Live.Functions.GetEdgeTranscodeTemplates;
using AlicloudLive.Resources.Live.Functions.GetPullToPushTasks;
using AlicloudLive.Resources.Live.Functions.GetRecordVodConfigs;

namespace AlicloudLive.Resources.Provider;

/// <summary>Every lookup (invoke function) the provider serves: adding one is its folder and one line here.</summary>
internal static class FunctionRegistry
{
    public static readonly IReadOnlyList<FunctionDefinition<AlibabaCloudClient>> All =
    [
        new GetLiveTranscodeJobFunction(),
        new GetLiveTranscodeTemplatesFunction(),
        new GetEdgeTranscodeTemplatesFunction(),
        new GetEdgeTranscodeJobsFunction(),
        new GetPullToPushTasksFunction(),
        new GetRecordVodConfigsFunction(),
    ];
}
