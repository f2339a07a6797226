using System.Globalization;
using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>An edge job as GetEdgeTranscodeJob reports it (Status is the STRING "0" or "1").</summary>
public static class EdgeJobJson
{
    public static JsonObject Render(EdgeJob j)
    {
        var o = new JsonObject
        {
            ["JobId"] = j.JobId,
            ["Name"] = j.Name,
            ["Status"] = ((int)j.Status()).ToString(CultureInfo.InvariantCulture),
            ["StreamInput"] = j.StreamInput,
            ["StreamOutput"] = j.StreamOutput,
            ["TemplateId"] = j.TemplateId,
            ["TemplateName"] = j.TemplateName,
            ["Type"] = j.Type,
            ["CreateTime"] = RpcParameters.FormatTime(j.CreateTime),
        };
        if (j.LastStartAt is { } started)
        {
            o["LastStartAt"] = RpcParameters.FormatTime(started);
        }

        if (j.LastStopAt is { } stopped)
        {
            o["LastStopAt"] = RpcParameters.FormatTime(stopped);
        }

        return o;
    }
}
