using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Driver.Monitor;

/// <summary>
/// The engine's ResourceMonitor as a program (or the plugin's Construct) sees it, after pkg/resource/deploy/
/// source_eval.go: RegisterResource of a custom resource runs the step the engine's step generator would (Check, then
/// Create, or Diff and Update/Replace, through the built plugin), a remote component of this package is built by the
/// plugin's Construct, a local component is recorded, RegisterResourceOutputs completes it; SupportsFeature and Invoke
/// answer as the engine does. It keeps the stack's state between deployments: preview, up, destroy.
/// </summary>
/// <remarks>
/// Every provider reference is served by the one plugin session (configured against the emulator): an explicit
/// provider is recorded and its config checked with CheckConfig, not configured in a new plugin process.
/// </remarks>
public sealed class FakeResourceMonitor : IAsyncDisposable
{
    public const string Package = "alicloud-live";
    private const string Service = "/pulumirpc.ResourceMonitor/";
    private static readonly HashSet<string> Features = new(StringComparer.Ordinal) { "secrets", "resourceReferences", "outputValues", "aliasSpecs", "deletedWith" };

    private readonly List<StackEntry> _state = [];
    private GrpcServer? _server;
    private MonitorDeployment? _current;

    private FakeResourceMonitor(PluginSession plugin, string project, string stack)
    {
        Plugin = plugin;
        Provider = new ResourceProvider.ResourceProviderClient(plugin.Client.Invoker);
        Project = project;
        Stack = stack;
    }

    public PluginSession Plugin { get; }

    /// <summary>The plugin's generated client: errors arrive as RpcException with the plugin's status.</summary>
    internal ResourceProvider.ResourceProviderClient Provider { get; }

    public string Project { get; }

    public string Stack { get; }

    public string Address => $"127.0.0.1:{_server!.Port}";

    public string StackUrn => NewUrn("", StackEntry.StackType, $"{Project}-{Stack}");

    /// <summary>The state after the last deployment that was not a preview.</summary>
    public IReadOnlyList<StackEntry> State
    {
        get
        {
            lock (_state)
            {
                return [.. _state];
            }
        }
    }

    /// <summary>The deployment in progress (registrations go to it).</summary>
    public MonitorDeployment Current => _current ?? throw new InvalidOperationException("no deployment is running: call BeginAsync first");

    public static async Task<FakeResourceMonitor> StartAsync(PluginSession plugin, string project = "channel", string stack = "test")
    {
        var monitor = new FakeResourceMonitor(plugin, project, stack);
        var router = new GrpcRouter();
        router.AddService(ResourceMonitor.Descriptor);
        router.MapUnary(Service + "SupportsFeature", SupportsFeatureRequest.Parser, (request, _) =>
            Task.FromResult(new SupportsFeatureResponse { HasSupport = Features.Contains(request.Id) }));
        router.MapUnary(Service + "RegisterResource", RegisterResourceRequest.Parser, (request, ct) => monitor.Current.RegisterAsync(request, ct));
        router.MapUnary(Service + "RegisterResourceOutputs", RegisterResourceOutputsRequest.Parser, (request, _) =>
        {
            monitor.Current.CompleteOutputs(request.Urn, StructCodec.Decode(request.Outputs));
            return Task.FromResult(new Empty());
        });
        router.MapUnary(Service + "Invoke", ResourceInvokeRequest.Parser, monitor.InvokeAsync);
        router.MapUnary(Service + "SignalAndWaitForShutdown", Empty.Parser, (_, _) => Task.FromResult(new Empty()));
        monitor._server = await GrpcServer.StartAsync(router);
        return monitor;
    }

    /// <summary>
    /// Starts `pulumi preview` (<paramref name="dryRun"/>) or `pulumi up`: registrations plan or apply against the state.
    /// With <paramref name="targets"/> (`--target`), a custom resource not named keeps its recorded state, or, when new,
    /// its create is skipped and the registration answers unknown.
    /// </summary>
    public MonitorDeployment Begin(bool dryRun, IReadOnlySet<string>? targets = null)
    {
        _current = new MonitorDeployment(this, State, dryRun, targets);
        return _current;
    }

    /// <summary>`pulumi destroy`: every resource deleted, dependents first (reverse registration order).</summary>
    public async Task<IReadOnlyList<Step>> DestroyAsync()
    {
        var steps = new List<Step>();
        foreach (var entry in Enumerable.Reverse(State))
        {
            if (entry.Custom && !entry.IsProvider)
            {
                await Provider.DeleteAsync(MonitorDeployment.DeleteRequest(entry));
            }

            steps.Add(new Step(entry.Urn, StepOp.Delete));
        }

        Commit([]);
        return steps;
    }

    /// <summary>The URN the engine gives a resource: its type qualified by its parent's (the root stack's type left out).</summary>
    public string NewUrn(string parent, string type, string name)
    {
        var qualified = type;
        if (parent.Length > 0)
        {
            var parentType = parent.Split("::")[2];
            qualified = parentType == StackEntry.StackType ? type : $"{parentType}${type}";
        }

        return $"urn:pulumi:{Stack}::{Project}::{qualified}::{name}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal void Commit(IReadOnlyList<StackEntry> entries)
    {
        lock (_state)
        {
            _state.Clear();
            _state.AddRange(entries);
        }
    }

    /// <summary>A function call of this package goes to the plugin's Invoke, with the deployment's preview flag.</summary>
    private async Task<ResourceInvokeResponse> InvokeAsync(ResourceInvokeRequest request, CancellationToken ct)
    {
        var answer = await Provider.InvokeAsync(
            new InvokeRequest { Tok = request.Tok, Args = request.Args, Preview = _current?.DryRun ?? false }, cancellationToken: ct);
        var response = new ResourceInvokeResponse { Return = answer.Return };
        response.Failures.AddRange(answer.Failures);
        return response;
    }
}
