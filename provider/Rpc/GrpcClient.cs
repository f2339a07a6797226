using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace AlicloudLive.Rpc;

/// <summary>
/// A unary gRPC client (Grpc.Net.Client over HTTP/2 cleartext) addressed by method path, for drivers that speak
/// to a plugin the way the engine does. A non-OK status is an <see cref="RpcException"/> (its details:
/// <see cref="StatusDetails.Details"/>); an unreachable server is UNAVAILABLE; an expired timeout is DEADLINE_EXCEEDED;
/// cancelling <c>ct</c> throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly CallInvoker _invoker;

    public GrpcClient(string address)
    {
        _channel = Channel(address);
        _invoker = _channel.CreateCallInvoker();
    }

    /// <summary>For the generated clients, e.g. <c>new ResourceProvider.ResourceProviderClient(client.Invoker)</c>.</summary>
    public CallInvoker Invoker => _invoker;

    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(
        string path,
        TRequest request,
        MessageParser<TResponse> parser,
        TimeSpan? timeout = null,
        CancellationToken ct = default)
        where TRequest : IMessage
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);
        var options = new CallOptions(deadline: timeout is { } t ? DateTime.UtcNow + t : null, cancellationToken: ct);
        try
        {
            return (TResponse)await _invoker.AsyncUnaryCall(Method(path, parser), null, options, request).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException($"{path} cancelled by the caller", e, ct);
        }
        catch (RpcException e)
        {
            // Its message is the status detail alone, as the engine prints it, not "Status(StatusCode=…, Detail=…)".
            throw new RpcException(e.Status, e.Trailers, e.Status.Detail);
        }
    }

    public void Dispose() => _channel.Dispose();

    /// <summary>
    /// A plaintext channel to a loopback server, with the engine's message limit. Its handler bounds the connect and
    /// ignores any proxy from the environment. Calls that failed with "the HTTP/2 server closed the connection" were
    /// once blamed on bursts over a fresh channel; the cause was our server's keep-alive sending GOAWAY to every idle
    /// connection (see GrpcServer.IdleConnectionLimit). UNAVAILABLE is never retried here: it would repeat a Create.
    /// </summary>
    internal static GrpcChannel Channel(string address) => GrpcChannel.ForAddress(GrpcAddress.Parse(address), new GrpcChannelOptions
    {
        HttpClient = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false, // loopback only; an HTTP proxy from the environment must not capture these calls
            EnableMultipleHttp2Connections = true,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        { Timeout = Timeout.InfiniteTimeSpan },
        DisposeHttpClient = true,
        MaxReceiveMessageSize = GrpcLimits.MaxMessageSize,
        MaxSendMessageSize = GrpcLimits.MaxMessageSize,
    });

    private static Method<IMessage, IMessage> Method<TResponse>(string path, MessageParser<TResponse> parser)
        where TResponse : IMessage<TResponse>
    {
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith('/') || slash <= 1)
        {
            throw new ArgumentException($"gRPC method path must look like /package.Service/Method, got '{path}'", nameof(path));
        }

        return new Method<IMessage, IMessage>(
            MethodType.Unary,
            path[1..slash],
            path[(slash + 1)..],
            Marshallers.Create<IMessage>(r => r.ToByteArray(), _ => throw new NotSupportedException("a client never reads requests")),
            Marshallers.Create<IMessage>(_ => throw new NotSupportedException("a client never writes responses"), bytes => parser.ParseFrom(bytes)));
    }
}
