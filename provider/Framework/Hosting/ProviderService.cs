using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// Serves pulumirpc.ResourceProvider for a <see cref="ProviderDefinition{TClient}"/>: the protocol lives here,
/// the behaviour in the definitions.
/// </summary>
public sealed partial class ProviderService<TClient> : IAsyncDisposable
    where TClient : class
{
    private const string Service = "/pulumirpc.ResourceProvider/";
    private readonly ProviderDefinition<TClient> _definition;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ResourceDefinition<TClient>> _resources;
    private readonly Dictionary<string, FunctionDefinition<TClient>> _functions;
    private readonly Dictionary<string, ComponentDefinition> _components;
    private readonly Lazy<string> _schema;
    private readonly CancellationTokenSource _cancelled = new();
    private volatile TClient? _client;

    public ProviderService(ProviderDefinition<TClient> definition, EngineLog log, TimeProvider? time = null)
    {
        _definition = definition;
        Log = log;
        _time = time ?? TimeProvider.System;
        _resources = definition.Resources.ToDictionary(r => r.Token, StringComparer.Ordinal);
        _functions = definition.Functions.ToDictionary(f => f.Token, StringComparer.Ordinal);
        _components = definition.Components.ToDictionary(c => c.Token, StringComparer.Ordinal);
        _schema = new Lazy<string>(() => SchemaBuilder.Build(definition));
        definition.AttachLog(log);
    }

    public EngineLog Log { get; }

    /// <summary>Fires when the engine calls Cancel: in-flight operations stop their retries and return.</summary>
    public CancellationToken Cancelled => _cancelled.Token;

    public void Register(GrpcRouter router)
    {
        router.MapUnary(Service + "Handshake", ProviderHandshakeRequest.Parser, HandshakeAsync);
        router.MapUnary(Service + "GetPluginInfo", Empty.Parser, (_, _) => Task.FromResult(new PluginInfo { Version = _definition.Package.Version }));
        router.MapUnary(Service + "GetSchema", GetSchemaRequest.Parser, (_, _) => Task.FromResult(new GetSchemaResponse { Schema = _schema.Value }));
        router.MapUnary(Service + "CheckConfig", CheckRequest.Parser, CheckConfigAsync);
        router.MapUnary(Service + "DiffConfig", DiffRequest.Parser, DiffConfigAsync);
        router.MapUnary(Service + "Configure", ConfigureRequest.Parser, ConfigureAsync);
        router.MapUnary(Service + "Check", CheckRequest.Parser, CheckAsync);
        router.MapUnary(Service + "Diff", DiffRequest.Parser, DiffAsync);
        router.MapUnary(Service + "Create", CreateRequest.Parser, CreateAsync);
        router.MapUnary(Service + "Read", ReadRequest.Parser, ReadAsync);
        router.MapUnary(Service + "Update", UpdateRequest.Parser, UpdateAsync);
        router.MapUnary(Service + "Delete", DeleteRequest.Parser, DeleteAsync);
        router.MapUnary(Service + "Invoke", InvokeRequest.Parser, InvokeAsync);
        router.MapUnary(Service + "Construct", ConstructRequest.Parser, ConstructAsync);
        router.MapUnary(Service + "Cancel", Empty.Parser, CancelAsync);
        router.MapUnary(Service + "Attach", PluginAttach.Parser, AttachAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _cancelled.CancelAsync();
        _cancelled.Dispose();
        (_client as IDisposable)?.Dispose();
    }

    private Task<ProviderHandshakeResponse> HandshakeAsync(ProviderHandshakeRequest request, CancellationToken ct)
    {
        if (request.EngineAddress.Length > 0)
        {
            Log.Attach(request.EngineAddress);
        }

        return Task.FromResult(new ProviderHandshakeResponse
        {
            AcceptSecrets = true,
            AcceptResources = true,
            AcceptOutputs = false,
            SupportsAutonamingConfiguration = true,
        });
    }

    private async Task<Empty> CancelAsync(Empty request, CancellationToken ct)
    {
        await _cancelled.CancelAsync();
        return new Empty();
    }

    private Task<Empty> AttachAsync(PluginAttach request, CancellationToken ct)
    {
        Log.Attach(request.Address);
        return Task.FromResult(new Empty());
    }

    private ResourceDefinition<TClient> Resource(string type, string urn)
    {
        var token = type.Length > 0 ? type : Urns.Type(urn);
        return _resources.TryGetValue(token, out var r)
            ? r
            : throw StatusDetails.Error(StatusCode.InvalidArgument, $"unknown resource type '{token}'; this provider manages {string.Join(", ", _resources.Keys)}");
    }

    /// <summary>The configured client; CRUD outside preview needs it.</summary>
    private TClient RequireClient() =>
        _client ?? throw StatusDetails.Error(StatusCode.FailedPrecondition, "the provider is not configured: Configure was not called or failed");

    /// <summary>A token for one operation: the engine's Cancel, the call's deadline, and the request's own timeout.</summary>
    private CancellationTokenSource OperationToken(CancellationToken call, double timeoutSeconds)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(_cancelled.Token, call);
        if (timeoutSeconds > 0)
        {
            cts.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        }

        return cts;
    }
}
