using AlicloudLive.Cloud.Http;

namespace AlicloudLive.Cloud.Ice;

/// <summary>ICE 2020-11-09 actions: all POST, no documented QPS limit.</summary>
internal static class IceOperations
{
    public const string Version = "2020-11-09";

    public static readonly CloudOperation SubmitLiveTranscodeJob = new("SubmitLiveTranscodeJob", Version, HttpMethod.Post, IsCreate: true);
    public static readonly CloudOperation GetLiveTranscodeJob = new("GetLiveTranscodeJob", Version, HttpMethod.Post);
    public static readonly CloudOperation ListLiveTranscodeJobs = new("ListLiveTranscodeJobs", Version, HttpMethod.Post);
    public static readonly CloudOperation UpdateLiveTranscodeJob = new("UpdateLiveTranscodeJob", Version, HttpMethod.Post);
    public static readonly CloudOperation DeleteLiveTranscodeJob = new("DeleteLiveTranscodeJob", Version, HttpMethod.Post);
    public static readonly CloudOperation SendLiveTranscodeJobCommand = new("SendLiveTranscodeJobCommand", Version, HttpMethod.Post);
    public static readonly CloudOperation GetLiveTranscodeTemplate = new("GetLiveTranscodeTemplate", Version, HttpMethod.Post);
    public static readonly CloudOperation ListLiveTranscodeTemplates = new("ListLiveTranscodeTemplates", Version, HttpMethod.Post);

    /// <summary>Every ICE action's name: RAM grants them as <c>ice:&lt;Action&gt;</c>, Live's as <c>live:&lt;Action&gt;</c>.</summary>
    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        SubmitLiveTranscodeJob.Action, GetLiveTranscodeJob.Action, ListLiveTranscodeJobs.Action, UpdateLiveTranscodeJob.Action,
        DeleteLiveTranscodeJob.Action, SendLiveTranscodeJobCommand.Action, GetLiveTranscodeTemplate.Action, ListLiveTranscodeTemplates.Action,
    };
}
