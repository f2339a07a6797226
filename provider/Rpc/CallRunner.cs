using Grpc.Core;

namespace AlicloudLive.Rpc;

/// <summary>
/// Runs one handler under its call's deadline and cancellation and maps every outcome to a gRPC status, so that a
/// handler which ignores its token still gets an answer and no exception text but our own reaches the caller.
/// </summary>
internal sealed class CallRunner(CancellationToken serverStopped)
{
    public async Task<TResponse> RunAsync<TRequest, TResponse>(
        string path, Func<TRequest, GrpcCallContext, Task<TResponse>> handler, TRequest request, ServerCallContext call)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, serverStopped);
        var deadline = call.Deadline == DateTime.MaxValue ? (DateTimeOffset?)null : new DateTimeOffset(DateTime.SpecifyKind(call.Deadline, DateTimeKind.Utc));
        var context = new GrpcCallContext(linked.Token, deadline, Headers(call.RequestHeaders));
        var running = Task.Run(() => handler(request, context), CancellationToken.None);
        try
        {
            return await running.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (GrpcException e)
        {
            throw ToRpcException(e);
        }
        catch (RpcException)
        {
            // A handler's own status (Construct passes on a child's failure as the monitor answered it).
            throw;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // The abandoned handler may still fail later; observe it so that is not an unobserved task exception.
            _ = running.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw deadline <= DateTimeOffset.UtcNow
                ? new RpcException(new Status(Grpc.Core.StatusCode.DeadlineExceeded, "deadline exceeded"))
                : new RpcException(new Status(Grpc.Core.StatusCode.Cancelled, serverStopped.IsCancellationRequested ? "server is shutting down" : "call cancelled by the client"));
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"gRPC {path} failed: {e}").ConfigureAwait(false);
            throw new RpcException(new Status(Grpc.Core.StatusCode.Unknown, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static RpcException ToRpcException(GrpcException e)
    {
        var trailers = new Metadata();
        if (e.Details.Count > 0)
        {
            trailers.Add(StatusDetails.HeaderName, StatusDetails.Encode(e.Code, e.Message, e.Details));
        }

        return new RpcException(new Status((Grpc.Core.StatusCode)e.Code, e.Message), trailers);
    }

    private static Dictionary<string, string> Headers(Metadata headers) =>
        headers.Where(h => !h.IsBinary)
            .GroupBy(h => h.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(h => h.Value)), StringComparer.Ordinal);
}
