using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>Writes JSON bodies, and the service's error body {RequestId, HostId, Code, Message, Recommend}.</summary>
public static class JsonResponses
{
    public static async Task WriteAsync(HttpResponse response, int status, JsonNode body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json;charset=utf-8";
        await response.WriteAsync(body.ToJsonString(), response.HttpContext.RequestAborted);
    }

    public static JsonObject Error(string requestId, string hostId, ApiException error) => new()
    {
        ["RequestId"] = requestId,
        ["HostId"] = hostId,
        ["Code"] = error.Code,
        ["Message"] = error.Message,
        ["Recommend"] = "https://api.aliyun.com/troubleshoot?q=" + Uri.EscapeDataString(error.Code),
    };
}
