using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Pulumirpc;

namespace AlicloudLive.PluginDriver;

/// <summary>
/// The built plugin launched as the engine launches it (the engine's address as its argument), configured against
/// the emulator, and the engine's RPC sequences: Check then Create, Check then Diff, Read.
/// </summary>
internal sealed class Plugin : IAsyncDisposable
{
    private const string Service = "/pulumirpc.ResourceProvider/";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);
    private readonly ChildProcess _process;
    private readonly GrpcClient _client;

    private Plugin(ChildProcess process)
    {
        _process = process;
        _client = new GrpcClient($"127.0.0.1:{process.FirstLine}");
    }

    public int ProcessId => _process.Id;

    public TimeSpan Startup => _process.Startup;

    public static async Task<Plugin> StartAsync(EngineLog engine, IReadOnlyDictionary<string, string>? env = null)
    {
        var plugin = new Plugin(await ChildProcess.StartAsync(Repository.PluginBinary, [engine.Address], env));
        await plugin.CallAsync("Handshake", new ProviderHandshakeRequest { EngineAddress = engine.Address }, ProviderHandshakeResponse.Parser);
        return plugin;
    }

    /// <summary>The emulator's key pair and endpoints; everything else at its default (maxRetries 5).</summary>
    public Task ConfigureAsync(Emulator emulator) => CallAsync("Configure", new ConfigureRequest
    {
        Args = StructCodec.Encode(PropertyMap.Of(
            ("accessKey", new SecretValue(PropertyValue.From("emulator"))),
            ("secretKey", new SecretValue(PropertyValue.From("emulator"))),
            ("liveEndpoint", PropertyValue.From(emulator.BaseUrl)),
            ("iceEndpoint", PropertyValue.From(emulator.BaseUrl)))),
        AcceptSecrets = true,
        AcceptResources = true,
        SendsOldInputs = true,
        SendsOldInputsToDelete = true,
    }, ConfigureResponse.Parser);

    public async Task<PropertyMap> CheckAsync(string type, string name, PropertyMap news, PropertyMap olds)
    {
        var response = await CallAsync("Check", new CheckRequest
        {
            Urn = Resource.UrnOf(type, name),
            Name = name,
            Type = type,
            News = StructCodec.Encode(news),
            Olds = StructCodec.Encode(olds),
            RandomSeed = ByteString.CopyFromUtf8(name),
        }, CheckResponse.Parser);
        return response.Failures.Count == 0
            ? StructCodec.Decode(response.Inputs)
            : throw new InvalidOperationException($"{name}: " + string.Join("; ", response.Failures.Select(f => $"{f.Property}: {f.Reason}")));
    }

    public async Task<DiffResponse> DiffAsync(Resource resource, PropertyMap checkedNews) => await CallAsync("Diff", new DiffRequest
    {
        Id = resource.Id,
        Urn = resource.Urn,
        Name = resource.Name,
        Type = resource.Type,
        Olds = StructCodec.Encode(resource.Outputs),
        OldInputs = StructCodec.Encode(resource.Inputs),
        News = StructCodec.Encode(checkedNews),
    }, DiffResponse.Parser);

    /// <summary>`pulumi up` of a new resource: Check, then Create.</summary>
    public async Task<Resource> CreateAsync(string type, string name, PropertyMap inputs)
    {
        var checkedInputs = await CheckAsync(type, name, inputs, PropertyMap.Empty);
        var response = await CallAsync("Create", new CreateRequest
        {
            Urn = Resource.UrnOf(type, name),
            Name = name,
            Type = type,
            Properties = StructCodec.Encode(checkedInputs),
        }, CreateResponse.Parser);
        return new Resource(type, name, response.Id, checkedInputs, StructCodec.Decode(response.Properties));
    }

    /// <summary>`pulumi refresh` of one resource: null when it is gone.</summary>
    public async Task<Resource?> ReadAsync(Resource resource)
    {
        var response = await CallAsync("Read", new ReadRequest
        {
            Id = resource.Id,
            Urn = resource.Urn,
            Name = resource.Name,
            Type = resource.Type,
            Properties = StructCodec.Encode(resource.Outputs),
            Inputs = StructCodec.Encode(resource.Inputs),
        }, ReadResponse.Parser);
        return response.Id.Length == 0 ? null : resource with { Id = response.Id, Outputs = StructCodec.Decode(response.Properties) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _process.DisposeAsync();
    }

    private Task<TResponse> CallAsync<TRequest, TResponse>(string rpc, TRequest request, MessageParser<TResponse> parser)
        where TRequest : IMessage
        where TResponse : IMessage<TResponse> =>
        _client.UnaryAsync(Service + rpc, request, parser, HangGuard);
}

/// <summary>What the engine records for a resource.</summary>
internal sealed record Resource(string Type, string Name, string Id, PropertyMap Inputs, PropertyMap Outputs)
{
    public string Urn => UrnOf(Type, Name);

    public static string UrnOf(string type, string name) => $"urn:pulumi:bench::alicloud-live::{type}::{name}";
}
