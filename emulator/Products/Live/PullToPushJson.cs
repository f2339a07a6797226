using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>
/// A task as DescribeLivePullToPush reports it (TaskStatus an int, TaskInfo.CallbackURL with capital URL). Only
/// Create, Update, Describe and Delete answer RetCode and Description (docs/reference/alibaba-contract.json).
/// </summary>
public static class PullToPushJson
{
    public static JsonObject Success(JsonObject body)
    {
        body["RetCode"] = 0;
        body["Description"] = "success";
        return body;
    }

    public static JsonObject Render(PullToPushTask t, DateTimeOffset now)
    {
        var status = t.Status(now);
        var info = new JsonObject
        {
            ["TaskId"] = t.TaskId,
            ["TaskName"] = t.TaskName ?? "",
            ["SourceType"] = t.SourceType,
        };
        // Answered for every source type, as the SDK's vod example shows; a live source's protocol in capitals
        // ("RTMP" for "rtmp", the SDK's own example), a vod or url source's, which the service ignores, as given.
        info["SourceProtocol"] = (t.SourceType == "live" ? t.SourceProtocol?.ToUpperInvariant() : t.SourceProtocol) ?? "";
        info["SourceUrls"] = new JsonArray(t.SourceUrls.Select(u => (JsonNode)u).ToArray());
        info["DstUrl"] = t.DstUrl;
        info["StartTime"] = RpcParameters.FormatTime(t.StartTime);
        info["EndTime"] = RpcParameters.FormatTime(t.EndTime);
        AddIfSet(info, "CallbackURL", t.CallbackUrl);
        AddIfSet(info, "RepeatNumber", t.RepeatNumber);
        info["RetryCount"] = t.RetryCount;
        info["RetryInterval"] = t.RetryInterval;
        AddIfSet(info, "FileIndex", t.FileIndex);
        AddIfSet(info, "Offset", t.Offset);
        return new JsonObject
        {
            ["TaskId"] = t.TaskId,
            ["TaskStatus"] = (int)status,
            ["TaskInvalidReason"] = "",
            ["TaskExitReason"] = status == PullToPushTaskStatus.Stopped ? "TriggerByUser" : "",
            ["TaskExitTime"] = t.StoppedAt?.ToUnixTimeSeconds() ?? 0,
            ["CurrentOffset"] = t.Offset ?? 0,
            ["CurrentFileIndex"] = t.FileIndex ?? 0,
            ["TaskInfo"] = info,
        };
    }

    private static void AddIfSet(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }

    private static void AddIfSet(JsonObject o, string name, int? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
