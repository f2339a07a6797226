using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Ice;

/// <summary>The Job object of GetLiveTranscodeJob / ListLiveTranscodeJobs (no TimedConfig, no output domain).</summary>
public static class IceJobJson
{
    public static JsonObject Render(IceJob job, DateTimeOffset now) => new()
    {
        ["JobId"] = job.JobId,
        ["Name"] = job.Name,
        ["CreateTime"] = RpcParameters.FormatTime(job.CreateTime),
        ["StartMode"] = (int)job.StartMode,
        ["Status"] = (int)job.Status(now),
        ["TemplateId"] = job.TemplateId,
        ["TemplateName"] = job.TemplateName,
        ["TemplateType"] = job.TemplateType,
        ["StreamInput"] = new JsonObject { ["Type"] = "rtmp", ["InputUrl"] = job.InputUrl },
        ["OutputStream"] = new JsonObject
        {
            ["StreamInfos"] = new JsonArray(new JsonObject
            {
                ["Type"] = "rtmp",
                ["OutputUrl"] = IceInputs.OutputUrl(job.InputUrl, job.DomainName, job.TemplateName),
            }),
        },
    };
}
