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
}
