using System.Collections.Concurrent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Health.V1;
using Pulumirpc;

namespace AlicloudLive.Rpc;

/// <summary>
/// Maps the unary methods of the served gRPC services (pulumirpc.ResourceProvider, pulumirpc.Engine,
/// grpc.health.v1.Health and any added with <see cref="AddService"/>) to handlers. The server binds every mapped
/// method; the official stack answers UNIMPLEMENTED for the rest. Health/Check answers SERVING unless mapped.
/// </summary>
/// <remarks>
/// Methods are read from the services' protobuf descriptors, not collected through the generated BindService: that
/// calls a generic virtual method per method, which Native AOT resolves at run time by building generic dictionaries,
/// the largest single cost of the plugin's start before this change (perf, docs/benchmarks.md).
/// </remarks>
public sealed class GrpcRouter
{
    private readonly ConcurrentDictionary<string, MethodDescriptor> _methods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);

    public GrpcRouter()
    {
        AddService(ResourceProvider.Descriptor);
        AddService(Engine.Descriptor);
        AddService(Health.Descriptor);
        Map(
            "/grpc.health.v1.Health/Check",
            HealthCheckRequest.Parser,
            (_, _) => Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }),
            isDefault: true);
    }

    /// <summary>Makes the unary methods of a generated service mappable: pass its <c>X.Descriptor</c>.</summary>
    public void AddService(ServiceDescriptor service)
    {
        ArgumentNullException.ThrowIfNull(service);
        foreach (var method in service.Methods.Where(m => !m.IsClientStreaming && !m.IsServerStreaming))
        {
            _methods.TryAdd($"/{service.FullName}/{method.Name}", method);
        }
    }

    /// <summary>Maps a method; the parser names the request type, which must be the generated method's.</summary>
    public void MapUnary<TRequest, TResponse>(
        string path,
        MessageParser<TRequest> parser,
        Func<TRequest, CancellationToken, Task<TResponse>> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        Map(path, parser, handler, isDefault: false);

    internal IEnumerable<Route> MappedRoutes => _routes.Values;

    /// <summary>A default handler (the health check) gives way to a mapped one; two mapped handlers are an error.</summary>
    private void Map<TRequest, TResponse>(
        string path,
        MessageParser<TRequest> parser,
        Func<TRequest, CancellationToken, Task<TResponse>> handler,
        bool isDefault)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_methods.TryGetValue(path, out var method))
        {
            throw new ArgumentException($"{path} is not a method of a served gRPC service", nameof(path));
        }

        var route = Route.For(method, parser, handler, isDefault);
        _routes.AddOrUpdate(
            path,
            route,
            (_, existing) => existing.IsDefault ? route : throw new ArgumentException($"{path} is already mapped", nameof(path)));
    }
}
