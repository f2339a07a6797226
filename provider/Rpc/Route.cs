using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace AlicloudLive.Rpc;

/// <summary>One method of a generated service and the handler mapped to it, if any.</summary>
internal abstract class Route
{
    public abstract bool IsMapped { get; }

    /// <summary>A default handler (the health check) gives way to a mapped one; two mapped handlers are an error.</summary>
    public abstract void SetHandler(Delegate handler, bool isDefault);

    public abstract void Bind(ServiceMethodProviderContext<RoutedService> context, CallRunner runner);
}

internal sealed class Route<TRequest, TResponse>(Method<TRequest, TResponse> method) : Route
    where TRequest : class
    where TResponse : class
{
    private Func<TRequest, GrpcCallContext, Task<TResponse>>? _handler;
    private readonly Lock _gate = new();
    private bool _isDefault = true;

    public override bool IsMapped => _handler is not null;

    public override void SetHandler(Delegate handler, bool isDefault)
    {
        if (handler is not Func<TRequest, GrpcCallContext, Task<TResponse>> typed)
        {
            throw new ArgumentException($"{method.FullName} takes {typeof(TRequest).Name} and returns {typeof(TResponse).Name}", nameof(handler));
        }

        lock (_gate)
        {
            if (!_isDefault)
            {
                throw new ArgumentException($"{method.FullName} is already mapped", nameof(handler));
            }

            _handler = typed;
            _isDefault = isDefault;
        }
    }

    public override void Bind(ServiceMethodProviderContext<RoutedService> context, CallRunner runner)
    {
        var handler = _handler ?? throw new InvalidOperationException($"{method.FullName} is not mapped");
        var guarded = new Method<TRequest, TResponse>(
            method.Type, method.ServiceName, method.Name, RequestMarshaller.Guard(method.RequestMarshaller), method.ResponseMarshaller);
        context.AddUnaryMethod(guarded, [], (_, request, call) => runner.RunAsync(method.FullName, handler, request, call));
    }
}

/// <summary>Collects the methods a generated BindService declares.</summary>
internal sealed class RouteCollector(System.Collections.Concurrent.ConcurrentDictionary<string, Route> routes) : ServiceBinderBase
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
        routes.TryAdd(method.FullName, new Route<TRequest, TResponse>(method));
}

/// <summary>Turns a request that does not parse into INVALID_ARGUMENT instead of the stack's generic failure.</summary>
internal static class RequestMarshaller
{
    /// <summary>Google.Protobuf's default recursion limit; a Struct level costs three (Struct, map entry, Value).</summary>
    private const int NestingLimit = 100;

    public static Marshaller<T> Guard<T>(Marshaller<T> inner) => new(inner.ContextualSerializer, context =>
    {
        try
        {
            return inner.ContextualDeserializer(context);
        }
        catch (InvalidProtocolBufferException e) when (e.Message.Contains("levels of nesting", StringComparison.Ordinal))
        {
            // Protobuf's own text ("May be malicious. Use CodedInputStream.SetRecursionLimit()") addresses a programmer.
            throw new RpcException(new Status(
                Grpc.Core.StatusCode.InvalidArgument,
                $"the request nests values deeper than the limit of {NestingLimit} protobuf message levels (about 33 levels of nested objects or lists)"));
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new RpcException(new Status(Grpc.Core.StatusCode.InvalidArgument, $"request message does not parse: {e.Message}"));
        }
    });
}
