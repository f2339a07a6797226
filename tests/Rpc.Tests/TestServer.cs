using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

/// <summary>A real GrpcServer on 127.0.0.1 with an echo method, plus a GrpcClient pointed at it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public const string EchoPath = "/test.Echo/Echo";
    public const string BytesPath = "/test.Echo/Bytes";

    private TestServer(GrpcServer server)
    {
        Server = server;
        Client = new GrpcClient($"127.0.0.1:{server.Port}");
    }

    public GrpcServer Server { get; }

    public GrpcClient Client { get; }

    /// <summary>A router that can also map the test services of Protos/test.proto.</summary>
    public static GrpcRouter Router()
    {
        var router = new GrpcRouter();
        router.AddService(Protos.Echo.Descriptor);
        router.AddService(Protos.Slow.Descriptor);
        router.AddService(Protos.Status.Descriptor);
        router.AddService(Protos.Deadline.Descriptor);
        router.AddService(Protos.Shutdown.Descriptor);
        return router;
    }

    public static async Task<TestServer> StartAsync(Action<GrpcRouter>? map = null)
    {
        var router = Router();
        router.MapUnary(EchoPath, StringValue.Parser, (request, _) => Task.FromResult(new StringValue { Value = request.Value }));
        router.MapUnary(BytesPath, BytesValue.Parser, (request, _) => Task.FromResult(new BytesValue { Value = request.Value }));
        map?.Invoke(router);
        return new TestServer(await GrpcServer.StartAsync(router));
    }

    public async Task<string> EchoAsync(string text) =>
        (await Client.UnaryAsync(EchoPath, new StringValue { Value = text }, StringValue.Parser, TimeSpan.FromSeconds(30))).Value;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
