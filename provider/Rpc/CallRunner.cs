using Grpc.Core;

namespace AlicloudLive.Rpc;

/// <summary>
/// Runs one handler under its call's deadline and cancellation and maps every outcome to a gRPC status, so that a
/// handler which ignores its token still gets an answer. Handlers choose a status by throwing
/// <see cref="RpcException"/>; anything else is a defect and reaches the caller as UNKNOWN with the exception's type
/// and message (the stack trace goes to stderr only).
/// </summary>
internal sealed class CallRunner(CancellationToken serverStopped)
{
    public async Task<TResponse> RunAsync<TRequest, TResponse>(
        string path, Func<TRequest, CancellationToken, Task<TResponse>> handler, TRequest request, ServerCallContext call)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, serverStopped);
        var running = Task.Run(() => handler(request, linked.Token), CancellationToken.None);
        try
        {
            return await running.WaitAsync(linked.Token).ConfigureAwait(false);
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
            throw call.Deadline <= DateTime.UtcNow
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, "deadline exceeded"))
                : new RpcException(new Status(StatusCode.Cancelled, serverStopped.IsCancellationRequested ? "server is shutting down" : "call cancelled by the client"));
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"gRPC {path} failed: {e}").ConfigureAwait(false);
            throw new RpcException(new Status(StatusCode.Unknown, $"{e.GetType().Name}: {e.Message}"));
        }
    }
}
