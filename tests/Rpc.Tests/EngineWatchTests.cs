using Grpc.Core;
using Grpc.Health.V1;

namespace AlicloudLive.Rpc.Tests;

/// <summary>
/// The engine watch's fallback, the rule Go providers use: a health check where any error but UNIMPLEMENTED means the
/// engine is gone, even while its port still takes connections (the connect probe alone would call it alive).
/// </summary>
public sealed class EngineWatchTests
{
    private static readonly EngineWatchTimings Fast = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));

    [Test]
    public async Task An_engine_whose_health_check_fails_is_gone_though_its_port_still_answers()
    {
        await using var engine = await EngineAnsweringHealth(StatusCode.Unavailable);
        var gone = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var watch = new EngineWatch($"127.0.0.1:{engine.Port}", a => gone.TrySetResult(a), Fast);

        Assert.That(await gone.Task.WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo($"127.0.0.1:{engine.Port}"));
    }

    [TestCase(StatusCode.Unimplemented, TestName = "An engine without the health service is alive")]
    [TestCase(StatusCode.OK, TestName = "An engine answering SERVING is alive")]
    public async Task An_engine_that_answers_is_alive(StatusCode health)
    {
        await using var engine = await EngineAnsweringHealth(health);
        var gone = false;

        await using (new EngineWatch($"127.0.0.1:{engine.Port}", _ => gone = true, Fast))
        {
            await Task.Delay(TimeSpan.FromSeconds(2)); // several health checks and many connects
        }

        Assert.That(gone, Is.False);
    }

    private static Task<GrpcServer> EngineAnsweringHealth(StatusCode code)
    {
        var router = new GrpcRouter();
        router.MapUnary("/grpc.health.v1.Health/Check", HealthCheckRequest.Parser, (_, _) => code == StatusCode.OK
            ? Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving })
            : throw new RpcException(new Status(code, "the engine's health service says so")));
        return GrpcServer.StartAsync(router);
    }
}
