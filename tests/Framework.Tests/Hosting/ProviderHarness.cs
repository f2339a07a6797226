using AlicloudLive.Framework.Hosting;
using AlicloudLive.Framework.Tests.Fakes;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>
/// A ProviderService over the test provider on a real GrpcServer, a GrpcClient calling it, and a fake engine
/// receiving its logs (attached through Handshake's engine_address). One per test: Cancel is for good.
/// </summary>
internal sealed class ProviderHarness : IAsyncDisposable
{
    public const string ApiKey = "api-key-never-shown-7f3a";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private ProviderHarness(
        TestProvider definition, ManualClock clock, FakeEngine engine, EngineLog log, ProviderService<WidgetCloud> service, GrpcServer server)
    {
        Definition = definition;
        Clock = clock;
        Engine = engine;
        Log = log;
        Service = service;
        Server = server;
        Client = new GrpcClient($"127.0.0.1:{server.Port}");
    }

    public TestProvider Definition { get; }

    public WidgetCloud Cloud => Definition.Cloud;

    /// <summary>The provider's clock; set it to move time.</summary>
    public ManualClock Clock { get; }

    public FakeEngine Engine { get; }

    public EngineLog Log { get; }

    public ProviderService<WidgetCloud> Service { get; }

    public GrpcServer Server { get; }

    public GrpcClient Client { get; }

    /// <summary>Starts everything, then Handshake (with the engine's address) and, unless told not to, Configure.</summary>
    public static async Task<ProviderHarness> StartAsync(bool configure = true)
    {
        var definition = new TestProvider();
        var engine = await FakeEngine.StartAsync();
        var log = new EngineLog();
        var clock = new ManualClock();
        var service = new ProviderService<WidgetCloud>(definition, log, clock);
        var router = new GrpcRouter();
        service.Register(router);
        var harness = new ProviderHarness(definition, clock, engine, log, service, await GrpcServer.StartAsync(router));
        await harness.CallAsync("Handshake", new ProviderHandshakeRequest { EngineAddress = engine.Address }, ProviderHandshakeResponse.Parser);
        if (configure)
        {
            await harness.ConfigureAsync(V.Map(("apiKey", V.Secret(ApiKey))));
        }

        return harness;
    }

    public Task<TResponse> CallAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser, CancellationToken ct = default)
        where TResponse : IMessage<TResponse> =>
        Client.UnaryAsync("/pulumirpc.ResourceProvider/" + method, request, parser, HangGuard, ct);

    public Task<ConfigureResponse> ConfigureAsync(PropertyMap args) =>
        CallAsync("Configure", new ConfigureRequest { Args = StructCodec.Encode(args), AcceptSecrets = true, AcceptResources = true }, ConfigureResponse.Parser);

    public Task<CheckResponse> CheckAsync(PropertyMap news, PropertyMap? olds = null, CheckRequest.Types.AutonamingOptions? autonaming = null) =>
        CallAsync("Check", new CheckRequest
        {
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            News = StructCodec.Encode(news),
            Olds = StructCodec.Encode(olds ?? PropertyMap.Empty),
            RandomSeed = ByteString.CopyFrom(Checks.Seed),
            Autonaming = autonaming,
        }, CheckResponse.Parser);

    public Task<DiffResponse> DiffAsync(string id, PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news, params string[] ignoreChanges)
    {
        var request = new DiffRequest
        {
            Id = id,
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            Olds = StructCodec.Encode(oldOutputs),
            OldInputs = StructCodec.Encode(oldInputs),
            News = StructCodec.Encode(news),
        };
        request.IgnoreChanges.AddRange(ignoreChanges);
        return CallAsync("Diff", request, DiffResponse.Parser);
    }

    public Task<CreateResponse> CreateAsync(PropertyMap inputs, bool preview = false, double timeoutSeconds = 0, CancellationToken ct = default) =>
        CallAsync("Create", new CreateRequest
        {
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            Properties = StructCodec.Encode(inputs),
            Preview = preview,
            Timeout = timeoutSeconds,
        }, CreateResponse.Parser, ct);

    public Task<ReadResponse> ReadAsync(string id, PropertyMap properties, PropertyMap inputs) =>
        CallAsync("Read", new ReadRequest
        {
            Id = id,
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            Properties = StructCodec.Encode(properties),
            Inputs = StructCodec.Encode(inputs),
        }, ReadResponse.Parser);

    public Task<UpdateResponse> UpdateAsync(string id, PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news, bool preview = false) =>
        CallAsync("Update", new UpdateRequest
        {
            Id = id,
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            Olds = StructCodec.Encode(oldOutputs),
            OldInputs = StructCodec.Encode(oldInputs),
            News = StructCodec.Encode(news),
            Preview = preview,
        }, UpdateResponse.Parser);

    public Task<Empty> DeleteAsync(string id, PropertyMap oldOutputs, PropertyMap oldInputs) =>
        CallAsync("Delete", new DeleteRequest
        {
            Id = id,
            Urn = Widgets.Urn,
            Name = "w1",
            Type = WidgetResource.Type,
            Properties = StructCodec.Encode(oldOutputs),
            OldInputs = StructCodec.Encode(oldInputs),
        }, Empty.Parser);

    public Task<InvokeResponse> InvokeAsync(PropertyMap args, bool preview = false, string token = GetWidgetsFunction.Type) =>
        CallAsync("Invoke", new InvokeRequest { Tok = token, Args = StructCodec.Encode(args), Preview = preview }, InvokeResponse.Parser);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Service.DisposeAsync();
        await Log.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
