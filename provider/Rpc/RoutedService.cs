using Grpc.AspNetCore.Server.Model;

namespace AlicloudLive.Rpc;

/// <summary>
/// The service type the official stack activates for every routed method. It holds no state: each method's
/// invoker calls the handler its <see cref="GrpcRouter"/> route carries.
/// </summary>
internal sealed class RoutedService;

/// <summary>Binds every mapped route when the server maps <see cref="RoutedService"/>.</summary>
internal sealed class RoutedServiceMethodProvider(GrpcRouter router, CallRunner runner) : IServiceMethodProvider<RoutedService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<RoutedService> context)
    {
        foreach (var route in router.MappedRoutes)
        {
            route.Bind(context, runner);
        }
    }
}
