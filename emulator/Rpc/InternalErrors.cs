using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>
/// An unexpected failure (a bug, a state file that can no longer be written) is logged to stderr with its request id
/// and answered as the service's InternalError JSON, never as an empty HTTP 500.
/// </summary>
public static class InternalErrors
{
    public static async Task AnswerAsync(HttpContext http, string requestId, string what, Exception error)
    {
        await Console.Error.WriteLineAsync($"alicloud-live-emulator: internal error in {what} (RequestId {requestId}): {error}");
        if (http.Response.HasStarted)
        {
            return;
        }

        var answer = new ApiException(500, "InternalError", $"The request processing has failed due to some unknown error: {error.Message} (details on the emulator's stderr).");
        var hostId = http.Request.Host.HasValue ? http.Request.Host.Value : "127.0.0.1";
        await JsonResponses.WriteAsync(http.Response, 500, JsonResponses.Error(requestId, hostId, answer));
    }

    /// <summary>Middleware for every path (the admin API included).</summary>
    public static async Task CatchAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            await AnswerAsync(http, Guid.NewGuid().ToString("D").ToUpperInvariant(), http.Request.Path.Value ?? "/", e);
        }
    }
}
