using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>
/// No API page documents the code for a vanished edge cluster. ListEdgeTranscodeTemplate takes the same ClusterId and
/// nothing else of the job: when it fails with the very code the job call failed with, that code is about the cluster,
/// and the job went with it. When the cluster answers, the job call's error stands.
/// </summary>
internal static class EdgeClusterLookup
{
    public static async Task<bool> IsGoneAsync(AlibabaCloudClient client, string clusterId, Exception jobError, CancellationToken ct)
    {
        if (jobError is not AlibabaCloudException { Code: var code })
        {
            return false;
        }

        try
        {
            await client.Live.ListEdgeTranscodeTemplateAsync(new ListEdgeTranscodeTemplateRequest(clusterId) { PageSize = 1 }, ct);
            return false;
        }
        catch (AlibabaCloudException e) when (e.Kind == CloudErrorKind.Client)
        {
            return e.Code == code;
        }
    }
}
