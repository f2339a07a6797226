using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Driver;

/// <summary>
/// The built plugin binary, launched the way the engine launches it (engine flags + the engine address), and the
/// raw ResourceProvider RPCs over our gRPC client.
/// </summary>
public sealed class PluginSession : IAsyncDisposable
{
    private const string Service = "/pulumirpc.ResourceProvider/";
    private readonly ServerProcess _process;

    private PluginSession(ServerProcess process, FakeEngine engine)
    {
        _process = process;
        Engine = engine;
        Client = new GrpcClient($"127.0.0.1:{process.FirstLine.Trim()}");
    }

    public GrpcClient Client { get; }

    public FakeEngine Engine { get; }

    public string StdErr => _process.StdErr;

    /// <summary>The port the plugin announced (for raw HTTP/2 requests).</summary>
    public int Port => int.Parse(_process.FirstLine.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True once the plugin process has exited (it never should on its own).</summary>
    public bool HasExited => _process.HasExited;

    public static async Task<PluginSession> StartAsync(IReadOnlyDictionary<string, string>? env = null)
    {
        var engine = await FakeEngine.StartAsync();
        var process = await ServerProcess.StartAsync(
            RepoPaths.PluginBinary, ["--logtostderr", "-v=9", "--tracing", "127.0.0.1:9", engine.Address], env ?? new Dictionary<string, string>());
        var session = new PluginSession(process, engine);
        await session.CallAsync("Handshake", new ProviderHandshakeRequest { EngineAddress = engine.Address }, ProviderHandshakeResponse.Parser);
        return session;
    }

    /// <summary>Configures the provider against an emulator with its default key pair.</summary>
    public Task ConfigureForEmulatorAsync(string baseUrl, string accessKey = "emulator", string secretKey = "emulator", IDictionary<string, PropertyValue>? extra = null)
    {
        var args = PropertyMap.Of(
            ("accessKey", new SecretValue(PropertyValue.From(accessKey))),
            ("secretKey", new SecretValue(PropertyValue.From(secretKey))),
            ("liveEndpoint", PropertyValue.From(baseUrl)),
            ("iceEndpoint", PropertyValue.From(baseUrl)),
            ("maxRetries", PropertyValue.From(8)));
        foreach (var (k, v) in extra ?? new Dictionary<string, PropertyValue>())
        {
            args = args.Set(k, v);
        }

        return CallAsync("Configure", new ConfigureRequest { Args = StructCodec.Encode(args), AcceptSecrets = true, AcceptResources = true, SendsOldInputs = true, SendsOldInputsToDelete = true }, ConfigureResponse.Parser);
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(string rpc, TRequest request, MessageParser<TResponse> parser, TimeSpan? timeout = null)
        where TRequest : IMessage
        where TResponse : IMessage<TResponse> =>
        Client.UnaryAsync(Service + rpc, request, parser, timeout ?? TimeSpan.FromMinutes(2));

    public Task<Empty> CancelAsync() => CallAsync("Cancel", new Empty(), Empty.Parser);

    /// <summary>SIGKILL, as when the machine or the CLI dies mid-deployment: no Cancel, no clean shutdown.</summary>
    public Task<bool> KillAsync() => _process.SignalAndWaitAsync(9, TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
