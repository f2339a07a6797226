using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Driver;

/// <summary>
/// The built plugin binary, launched the way the engine launches it (engine flags + the engine address), and the
/// raw ResourceProvider RPCs over our gRPC client.
/// </summary>
public sealed class PluginSession : IAsyncDisposable
{
    private const string Service = "/pulumirpc.ResourceProvider/";
    private const string ProviderType = "pulumi:providers:alicloud-live";
    private readonly ServerProcess _process;
    private readonly TimeSpan _callTimeout;

    private PluginSession(ServerProcess process, FakeEngine engine, TimeSpan callTimeout)
    {
        _process = process;
        _callTimeout = callTimeout;
        Engine = engine;
        Client = new GrpcClient($"127.0.0.1:{process.FirstLine.Trim()}");
    }

    public GrpcClient Client { get; }

    public FakeEngine Engine { get; }

    public string StdErr => _process.StdErr;

    /// <summary>The port the plugin announced (for raw HTTP/2 requests).</summary>
    public int Port => int.Parse(_process.FirstLine.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public int ProcessId => _process.ProcessId;

    /// <summary>From the launch to the port printed.</summary>
    public TimeSpan Startup => _process.Startup;

    /// <summary>True once the plugin process has exited (it never should on its own).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>True once the plugin exits within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    /// <summary>
    /// Starts the plugin with a fresh fake engine and shakes hands. With <paramref name="debugFlags"/> it gets the flags
    /// `pulumi --logtostderr -v=9 --tracing` adds (its stderr then says what it does); without, only the engine's address,
    /// as a plain `pulumi up` starts it. <paramref name="callTimeout"/> bounds each call (a hang guard, not a deadline under test).
    /// <paramref name="binary"/> is the built plugin unless given (the benchmark also drives an earlier build).
    /// </summary>
    public static async Task<PluginSession> StartAsync(
        IReadOnlyDictionary<string, string>? env = null, bool debugFlags = true, TimeSpan? callTimeout = null, string? binary = null)
    {
        var engine = await FakeEngine.StartAsync();
        string[] args = debugFlags ? ["--logtostderr", "-v=9", "--tracing", "127.0.0.1:9", engine.Address] : [engine.Address];
        var process = await ServerProcess.StartAsync(binary ?? RepoPaths.PluginBinary, args, env ?? new Dictionary<string, string>());
        var session = new PluginSession(process, engine, callTimeout ?? TimeSpan.FromMinutes(2));
        await session.CallAsync("Handshake", new ProviderHandshakeRequest { EngineAddress = engine.Address }, ProviderHandshakeResponse.Parser);
        return session;
    }

    /// <summary>
    /// Configures the provider against an emulator with its default key pair; <paramref name="maxRetries"/> null leaves the
    /// provider's default (the benchmark measures that), 8 rides out the emulator's injected faults in the tests.
    /// </summary>
    public Task ConfigureForEmulatorAsync(
        string baseUrl, string accessKey = "emulator", string secretKey = "emulator", IDictionary<string, PropertyValue>? extra = null, int? maxRetries = 8)
    {
        var args = PropertyMap.Of(
            ("accessKey", new SecretValue(PropertyValue.From(accessKey))),
            ("secretKey", new SecretValue(PropertyValue.From(secretKey))),
            ("liveEndpoint", PropertyValue.From(baseUrl)),
            ("iceEndpoint", PropertyValue.From(baseUrl)));
        if (maxRetries is { } retries)
        {
            args = args.Set("maxRetries", PropertyValue.From(retries));
        }

        foreach (var (k, v) in extra ?? new Dictionary<string, PropertyValue>())
        {
            args = args.Set(k, v);
        }

        return CallAsync("Configure", new ConfigureRequest { Args = StructCodec.Encode(args), AcceptSecrets = true, AcceptResources = true, SendsOldInputs = true, SendsOldInputsToDelete = true }, ConfigureResponse.Parser);
    }

    /// <summary>The engine's CheckConfig of the default provider: the stack's config before Configure.</summary>
    public Task<CheckResponse> CheckConfigAsync(PropertyMap news) => CallAsync("CheckConfig", new CheckRequest
    {
        Urn = EngineDriver.Urn(ProviderType, "default"),
        Name = "default",
        Type = ProviderType,
        News = StructCodec.Encode(news),
        Olds = StructCodec.Encode(PropertyMap.Empty),
    }, CheckResponse.Parser);

    /// <summary>A function call (a lookup) as the engine sends it; <paramref name="preview"/> during `pulumi preview`.</summary>
    public Task<InvokeResponse> InvokeAsync(string token, PropertyMap args, bool preview = false) =>
        CallAsync("Invoke", new InvokeRequest { Tok = token, Args = StructCodec.Encode(args), Preview = preview }, InvokeResponse.Parser);

    public Task<TResponse> CallAsync<TRequest, TResponse>(string rpc, TRequest request, MessageParser<TResponse> parser, TimeSpan? timeout = null)
        where TRequest : IMessage
        where TResponse : IMessage<TResponse> =>
        Client.UnaryAsync(Service + rpc, request, parser, timeout ?? _callTimeout);

    public Task<Empty> CancelAsync() => CallAsync("Cancel", new Empty(), Empty.Parser);

    /// <summary>SIGKILL, as when the machine or the CLI dies mid-deployment: no Cancel, no clean shutdown.</summary>
    public Task<bool> KillAsync() => _process.SignalAndWaitAsync(9, TimeSpan.FromSeconds(10));

    /// <summary>Sends a signal; true once the plugin has exited within <paramref name="timeout"/>.</summary>
    public Task<bool> SignalAndWaitAsync(int signal, TimeSpan timeout) => _process.SignalAndWaitAsync(signal, timeout);

    /// <summary>The exit code, once the plugin has exited.</summary>
    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
