using Grpc.Health.V1;

namespace AlicloudLive.Rpc;

/// <summary>Methods every server answers unless the router maps the same path: the standard health check.</summary>
internal static class BuiltInMethods
{
    public const string HealthCheckPath = "/grpc.health.v1.Health/Check";

    private static readonly GrpcRouter Router = Create();

    public static UnaryMethod? Find(string path) => Router.Find(path);

    private static GrpcRouter Create()
    {
        var router = new GrpcRouter();
        router.MapUnary(HealthCheckPath, HealthCheckRequest.Parser, (_, _) =>
            Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }));
        return router;
    }
}
