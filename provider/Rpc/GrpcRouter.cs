using System.Collections.Concurrent;
using Google.Protobuf;

namespace AlicloudLive.Rpc;

/// <summary>Maps gRPC method paths such as "/pulumirpc.ResourceProvider/Check" to unary handlers.</summary>
public sealed class GrpcRouter
{
    private readonly ConcurrentDictionary<string, UnaryMethod> _methods = new(StringComparer.Ordinal);

    public void MapUnary<TRequest, TResponse>(
        string path,
        MessageParser<TRequest> parser,
        Func<TRequest, GrpcCallContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        if (!path.StartsWith('/') || path.IndexOf('/', 1) < 0)
        {
            throw new ArgumentException($"gRPC method path must look like /package.Service/Method, got '{path}'", nameof(path));
        }

        var method = new UnaryMethod(
            bytes => parser.ParseFrom(bytes),
            async (request, context) => await handler((TRequest)request, context).ConfigureAwait(false));
        if (!_methods.TryAdd(path, method))
        {
            throw new ArgumentException($"{path} is already mapped", nameof(path));
        }
    }

    internal UnaryMethod? Find(string path) => _methods.GetValueOrDefault(path);
}
