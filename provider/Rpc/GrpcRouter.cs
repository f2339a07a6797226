using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Pulumirpc;

namespace AlicloudLive.Rpc;

/// <summary>
/// Maps the methods of the generated gRPC services (pulumirpc.ResourceProvider, pulumirpc.Engine,
/// grpc.health.v1.Health and any added with <see cref="AddService"/>) to handlers. The server binds every mapped
/// method; the official stack answers UNIMPLEMENTED for the rest. Health/Check answers SERVING unless mapped.
/// </summary>
public sealed class GrpcRouter
{
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);

    public GrpcRouter()
    {
        AddService(binder => ResourceProvider.BindService(binder, null));
        AddService(binder => Engine.BindService(binder, null));
        AddService(binder => Health.BindService(binder, null));
        Map<HealthCheckRequest, HealthCheckResponse>(
            "/grpc.health.v1.Health/Check",
            (_, _) => Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }),
            isDefault: true);
    }

    /// <summary>Makes the methods of a generated service mappable: pass <c>(b => X.BindService(b, null))</c>.</summary>
    public void AddService(Action<ServiceBinderBase> bindService)
    {
        ArgumentNullException.ThrowIfNull(bindService);
        bindService(new RouteCollector(_routes));
    }

    /// <summary>Maps a method; the parser names the request type, which must be the generated method's.</summary>
    public void MapUnary<TRequest, TResponse>(
        string path,
        MessageParser<TRequest> parser,
        Func<TRequest, GrpcCallContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage
    {
        ArgumentNullException.ThrowIfNull(parser);
        Map(path, handler, isDefault: false);
    }

    internal IEnumerable<Route> MappedRoutes => _routes.Values.Where(r => r.IsMapped);

    private void Map<TRequest, TResponse>(string path, Func<TRequest, GrpcCallContext, Task<TResponse>> handler, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_routes.TryGetValue(path, out var route))
        {
            throw new ArgumentException($"{path} is not a method of a served gRPC service", nameof(path));
        }

        route.SetHandler(handler, isDefault);
    }
}
