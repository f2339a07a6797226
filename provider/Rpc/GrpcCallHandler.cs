using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Rpc;

/// <summary>
/// Serves one HTTP/2 request as a unary gRPC call: validate, read the single message, run the handler under the
/// call's deadline and cancellation, and map every outcome to a gRPC status. Never lets an exception reach Kestrel.
/// </summary>
internal sealed class GrpcCallHandler(GrpcRouter router, CancellationToken serverStopped)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!IsGrpcContentType(request.ContentType))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var path = request.Path.Value ?? "";
        var method = router.Find(path) ?? BuiltInMethods.Find(path);
        if (method is null)
        {
            GrpcStatusWriter.WriteError(http.Response, StatusCode.Unimplemented, $"unknown method {path}", []);
            return;
        }

        using var deadline = new CancellationTokenSource();
        using var call = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, serverStopped, deadline.Token);
        try
        {
            var context = new GrpcCallContext(call.Token, StartDeadline(request, deadline), CopyHeaders(request));
            var payload = await GrpcFraming.ReadSingleMessageAsync(request.BodyReader, call.Token).ConfigureAwait(false);
            var response = await RunHandlerAsync(method, Parse(method, payload), context).ConfigureAwait(false);
            await GrpcStatusWriter.WriteMessageAsync(http.Response, response.ToByteArray(), call.Token).ConfigureAwait(false);
        }
        catch (GrpcException e)
        {
            GrpcStatusWriter.WriteError(http.Response, e.Code, e.Message, e.Details);
        }
        catch (OperationCanceledException) when (call.IsCancellationRequested)
        {
            var (code, message) = deadline.IsCancellationRequested
                ? (StatusCode.DeadlineExceeded, "deadline exceeded")
                : (StatusCode.Cancelled, http.RequestAborted.IsCancellationRequested ? "call cancelled by the client" : "server is shutting down");
            GrpcStatusWriter.WriteError(http.Response, code, message, []);
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"gRPC {path} failed: {e}").ConfigureAwait(false);
            GrpcStatusWriter.WriteError(http.Response, StatusCode.Unknown, $"{e.GetType().Name}: {e.Message}", []);
        }
    }

    /// <summary>Waits for the handler or the call's token, so a handler that ignores the token still gets an answer.</summary>
    private static async Task<IMessage> RunHandlerAsync(UnaryMethod method, IMessage request, GrpcCallContext context)
    {
        var handler = Task.Run(() => method.InvokeAsync(request, context), CancellationToken.None);
        try
        {
            return await handler.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!handler.IsCompleted)
        {
            // The abandoned handler may still fail later; observe it so that is not an unobserved task exception.
            _ = handler.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }
    }

    private static IMessage Parse(UnaryMethod method, byte[] payload)
    {
        try
        {
            return method.Parse(payload);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new GrpcException(StatusCode.InvalidArgument, $"request message does not parse: {e.Message}");
        }
    }

    private static DateTimeOffset? StartDeadline(HttpRequest request, CancellationTokenSource deadline)
    {
        var header = request.Headers["grpc-timeout"].ToString();
        if (header.Length == 0 || GrpcTimeout.Parse(header) is not { } timeout)
        {
            return null;
        }

        deadline.CancelAfter(timeout);
        return DateTimeOffset.UtcNow + timeout;
    }

    private static Dictionary<string, string> CopyHeaders(HttpRequest request) =>
        request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

    private static bool IsGrpcContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim();
        return string.Equals(mediaType, "application/grpc", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/grpc+proto", StringComparison.OrdinalIgnoreCase);
    }
}
