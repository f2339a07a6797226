using System.Collections.Concurrent;
using AlicloudLive.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Driver.Monitor;

/// <summary>
/// One `pulumi preview` or `pulumi up`: each registration planned (preview) or applied (up) against the state the
/// deployment started from; <see cref="FinishAsync"/> deletes what the program no longer registers and the objects
/// replaced create-before-delete, and (for an up) commits the new state.
/// </summary>
public sealed class MonitorDeployment
{
    private readonly FakeResourceMonitor _host;
    private readonly IReadOnlyList<StackEntry> _old;
    private readonly ConcurrentDictionary<string, StackEntry> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RegisterResourceRequest> _goals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _componentProviders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Step> _steps = new();
    private readonly ConcurrentQueue<StackEntry> _replaced = new();
    private readonly ConcurrentQueue<string> _order = new();
    private readonly SemaphoreSlim _defaultProvider = new(1, 1);

    private readonly IReadOnlySet<string>? _targets;

    internal MonitorDeployment(FakeResourceMonitor host, IReadOnlyList<StackEntry> old, bool dryRun, IReadOnlySet<string>? targets)
    {
        _host = host;
        _old = old;
        _targets = targets;
        DryRun = dryRun;
    }

    public bool DryRun { get; }

    public IReadOnlyList<Step> Steps => [.. _steps];

    /// <summary>Every resource registered so far, in registration order.</summary>
    public IReadOnlyList<StackEntry> Registered => [.. _order.Select(u => _registered[u])];

    /// <summary>Each registration as the engine received it (after inheriting from its parent), by URN.</summary>
    public IReadOnlyDictionary<string, RegisterResourceRequest> Requests => _goals;

    public StepOp? OpOf(string urn) => _steps.LastOrDefault(s => s.Urn == urn)?.Op;

    internal async Task<RegisterResourceResponse> RegisterAsync(RegisterResourceRequest request, CancellationToken ct)
    {
        if (request.Parent.Length > 0 && _goals.TryGetValue(request.Parent, out var parent))
        {
            InheritFromParent(request, parent);
        }

        var urn = _host.NewUrn(request.Parent, request.Type, request.Name);
        _goals[urn] = request;
        if (request.Remote)
        {
            return await ConstructAsync(request, ct);
        }

        if (!request.Custom)
        {
            _componentProviders[urn] = request.Providers.ToDictionary(StringComparer.Ordinal);
            Record(new StackEntry(urn, request.Type, request.Name, request.Parent, false, "", PropertyMap.Empty, PropertyMap.Empty, "", [.. request.Dependencies]));
            return new RegisterResourceResponse { Urn = urn, Object = new Struct() };
        }

        return request.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)
            ? await RegisterProviderAsync(request, urn, ct)
            : await RegisterCustomAsync(request, urn, ct);
    }

    /// <summary>RegisterResourceOutputs: a component's (or the stack's) outputs, known once its children are.</summary>
    internal void CompleteOutputs(string urn, PropertyMap outputs)
    {
        if (!_registered.TryGetValue(urn, out var entry))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"RegisterResourceOutputs for {urn}, which was never registered"));
        }

        _registered[urn] = entry with { Outputs = outputs };
    }

    /// <summary>
    /// The end of the program: objects replaced create-before-delete are deleted, then everything the program no longer
    /// registers (dependents first); an up commits the new state.
    /// </summary>
    public async Task<IReadOnlyList<Step>> FinishAsync()
    {
        if (!DryRun)
        {
            foreach (var replaced in _replaced)
            {
                await _host.Provider.DeleteAsync(DeleteRequest(replaced));
            }
        }

        foreach (var gone in Enumerable.Reverse(_old).Where(o => !_registered.ContainsKey(o.Urn)))
        {
            if (!DryRun && gone.Custom && !gone.IsProvider)
            {
                await _host.Provider.DeleteAsync(DeleteRequest(gone));
            }

            _steps.Enqueue(new Step(gone.Urn, StepOp.Delete));
        }

        if (!DryRun)
        {
            _host.Commit(Registered);
        }

        return Steps;
    }

    internal static DeleteRequest DeleteRequest(StackEntry entry) => new()
    {
        Id = entry.Id,
        Urn = entry.Urn,
        Name = entry.Name,
        Type = entry.Type,
        Properties = StructCodec.Encode(entry.Outputs),
        OldInputs = StructCodec.Encode(entry.Inputs),
    };

    /// <summary>source_eval.go's inheritFromParent: deletedWith, protect, retainOnDelete, and the provider where it fits.</summary>
    private void InheritFromParent(RegisterResourceRequest child, RegisterResourceRequest parent)
    {
        if (child.DeletedWith.Length == 0)
        {
            child.DeletedWith = parent.DeletedWith;
        }

        if (!child.HasProtect && parent.HasProtect)
        {
            child.Protect = parent.Protect;
        }

        if (!child.HasRetainOnDelete && parent.HasRetainOnDelete)
        {
            child.RetainOnDelete = parent.RetainOnDelete;
        }

        if (child.Provider.Length == 0 && parent.Provider.Length > 0
            && ((!child.Remote && !child.Custom) || ProviderPackage(parent.Provider) == Package(child.Type)))
        {
            child.Provider = parent.Provider;
        }
    }

    /// <summary>The provider reference for a resource of <paramref name="package"/>, as resolveProvider picks it; empty: the default.</summary>
    private string ResolveProvider(RegisterResourceRequest request, string package)
    {
        if (request.Provider.Length > 0)
        {
            return request.Provider;
        }

        if (request.Providers.TryGetValue(package, out var fromMap))
        {
            return fromMap;
        }

        return request.Parent.Length > 0 && _componentProviders.TryGetValue(request.Parent, out var parents) && parents.TryGetValue(package, out var fromParent)
            ? fromParent
            : "";
    }

    /// <summary>A remote component of this package: the plugin's Construct registers it and its children here.</summary>
    private async Task<RegisterResourceResponse> ConstructAsync(RegisterResourceRequest request, CancellationToken ct)
    {
        var package = Package(request.Type);
        if (package != FakeResourceMonitor.Package)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"this engine has no plugin for package {package}"));
        }

        var provider = ResolveProvider(request, package);
        RequireKnownProvider(provider);
        var (inputs, dependencies) = OutputValuesDowngraded(StructCodec.Decode(request.Object), request.PropertyDependencies);
        var construct = new ConstructRequest
        {
            Project = _host.Project,
            Stack = _host.Stack,
            DryRun = DryRun,
            Parallel = 1,
            MonitorEndpoint = _host.Address,
            Type = request.Type,
            Name = request.Name,
            Parent = request.Parent,
            Inputs = StructCodec.Encode(inputs),
            DeletedWith = request.DeletedWith,
            AcceptsOutputValues = true,
        };
        foreach (var (key, urns) in dependencies)
        {
            var entry = new ConstructRequest.Types.PropertyDependencies();
            entry.Urns.AddRange(urns);
            construct.InputDependencies[key] = entry;
        }

        construct.Providers.Add(request.Providers);
        if (provider.Length > 0)
        {
            construct.Providers[package] = provider;
        }

        construct.Dependencies.AddRange(request.Dependencies);
        construct.AdditionalSecretOutputs.AddRange(request.AdditionalSecretOutputs);
        construct.IgnoreChanges.AddRange(request.IgnoreChanges);
        construct.ReplaceOnChanges.AddRange(request.ReplaceOnChanges);
        construct.ReplaceWith.AddRange(request.ReplaceWith);
        construct.Aliases.AddRange(request.Aliases);
        if (request.HasProtect)
        {
            construct.Protect = request.Protect;
        }

        if (request.HasRetainOnDelete)
        {
            construct.RetainOnDelete = request.RetainOnDelete;
        }

        if (request.DeleteBeforeReplaceDefined || request.DeleteBeforeReplace)
        {
            construct.DeleteBeforeReplace = request.DeleteBeforeReplace;
        }

        if (request.CustomTimeouts is { } t)
        {
            construct.CustomTimeouts = new ConstructRequest.Types.CustomTimeouts { Create = t.Create, Update = t.Update, Delete = t.Delete, Read = t.Read };
        }

        var built = await _host.Provider.ConstructAsync(construct, cancellationToken: ct);
        var response = new RegisterResourceResponse { Urn = built.Urn, Object = built.State };
        foreach (var (key, urns) in built.StateDependencies)
        {
            var entry = new RegisterResourceResponse.Types.PropertyDependencies();
            entry.Urns.AddRange(urns.Urns);
            response.PropertyDependencies[key] = entry;
        }

        return response;
    }

    /// <summary>
    /// The plugin does not accept output values (its Handshake says so): the engine sends each as a secret, an
    /// unknown or its plain value, and its dependencies as the property's.
    /// </summary>
    private static (PropertyMap Inputs, Dictionary<string, List<string>> Dependencies) OutputValuesDowngraded(
        PropertyMap inputs, IDictionary<string, RegisterResourceRequest.Types.PropertyDependencies> declared)
    {
        var dependencies = declared.ToDictionary(kv => kv.Key, kv => kv.Value.Urns.ToList(), StringComparer.Ordinal);
        var downgraded = PropertyMap.Of(inputs.Select(kv =>
        {
            var urns = new List<string>();
            var value = Downgrade(kv.Value, urns);
            if (urns.Count > 0)
            {
                var list = dependencies.TryGetValue(kv.Key, out var known) ? known : dependencies[kv.Key] = [];
                list.AddRange(urns.Except(list));
            }

            return KeyValuePair.Create(kv.Key, value);
        }));
        return (downgraded, dependencies);
    }

    private static PropertyValue Downgrade(PropertyValue value, List<string> urns) => value switch
    {
        OutputValue o => Wrap(o, urns),
        SecretValue s => new SecretValue(Downgrade(s.Inner, urns)),
        ArrayValue a => new ArrayValue(a.Items.Select(i => Downgrade(i, urns))),
        ObjectValue o => new ObjectValue(PropertyMap.Of(o.Properties.Select(kv => KeyValuePair.Create(kv.Key, Downgrade(kv.Value, urns))))),
        _ => value,
    };

    private static PropertyValue Wrap(OutputValue output, List<string> urns)
    {
        urns.AddRange(output.Dependencies);
        var inner = output.Value is null ? new UnknownValue() : Downgrade(output.Value, urns);
        return output.IsSecret ? new SecretValue(inner) : inner;
    }

    /// <summary>An explicit provider: its config checked (CheckConfig) and recorded with an id kept across deployments.</summary>
    private async Task<RegisterResourceResponse> RegisterProviderAsync(RegisterResourceRequest request, string urn, CancellationToken ct)
    {
        var old = _old.FirstOrDefault(o => o.Urn == urn);
        var check = await _host.Provider.CheckConfigAsync(
            new CheckRequest { Urn = urn, Name = request.Name, Type = request.Type, News = request.Object, Olds = StructCodec.Encode(old?.Inputs ?? PropertyMap.Empty) },
            cancellationToken: ct);
        if (check.Failures.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{urn}: {string.Join("; ", check.Failures.Select(f => $"{f.Property} {f.Reason}"))}"));
        }

        var inputs = StructCodec.Decode(check.Inputs);
        var entry = new StackEntry(urn, request.Type, request.Name, request.Parent, true, old?.Id ?? Guid.NewGuid().ToString(), inputs, inputs, "", [.. request.Dependencies]);
        Record(entry, old is null ? StepOp.Create : (old.Inputs.Equals(inputs) ? StepOp.Same : StepOp.Update));
        return new RegisterResourceResponse { Urn = urn, Id = DryRun && old is null ? "" : entry.Id, Object = StructCodec.Encode(inputs) };
    }

    /// <summary>The default provider of this package, made on first use as the engine makes it (name default_&lt;version&gt;).</summary>
    private async Task<string> DefaultProviderAsync(string version)
    {
        var name = version.Length == 0 ? "default" : $"default_{version.Replace('.', '_')}";
        var urn = _host.NewUrn("", $"pulumi:providers:{FakeResourceMonitor.Package}", name);
        await _defaultProvider.WaitAsync();
        try
        {
            if (!_registered.TryGetValue(urn, out var entry))
            {
                var old = _old.FirstOrDefault(o => o.Urn == urn);
                entry = new StackEntry(urn, $"pulumi:providers:{FakeResourceMonitor.Package}", name, "", true, old?.Id ?? Guid.NewGuid().ToString(), PropertyMap.Empty, PropertyMap.Empty, "", []);
                Record(entry, old is null ? StepOp.Create : StepOp.Same);
            }

            return entry.Reference;
        }
        finally
        {
            _defaultProvider.Release();
        }
    }

    private void RequireKnownProvider(string reference)
    {
        // By URN: in a preview a new provider's id is still unknown, and the reference carries the unknown sentinel.
        if (reference.Length > 0 && !_registered.Values.Any(e => e.IsProvider && reference.StartsWith(e.Urn + "::", StringComparison.Ordinal)))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"unknown provider '{reference}'"));
        }
    }

    /// <summary>A custom resource of this package: the step the engine's step generator makes for it.</summary>
    private async Task<RegisterResourceResponse> RegisterCustomAsync(RegisterResourceRequest request, string urn, CancellationToken ct)
    {
        var package = Package(request.Type);
        if (package != FakeResourceMonitor.Package)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"this engine has no plugin for package {package}"));
        }

        var provider = ResolveProvider(request, package);
        RequireKnownProvider(provider);
        provider = provider.Length > 0 ? provider : await DefaultProviderAsync(request.Version);
        var old = _old.FirstOrDefault(o => o.Urn == urn);
        if (_targets is not null && !_targets.Contains(urn))
        {
            // step.go: an untargeted resource is a SameStep; a new one's create is skipped and its result unknown.
            if (old is null)
            {
                return new RegisterResourceResponse { Urn = urn, Object = new Struct(), Unknown = true };
            }

            Record(old, StepOp.Same);
            return new RegisterResourceResponse { Urn = urn, Id = old.Id, Object = StructCodec.Encode(old.Outputs) };
        }

        var step = new CustomStep(_host.Provider, urn, request, DryRun, ct);
        var (state, op) = await step.RunAsync(old, _replaced);
        var outputs = request.AdditionalSecretOutputs.Aggregate(state.Outputs, (map, key) =>
            map.TryGetValue(key, out var v) ? map.Set(key, SecretValues.MakeSecret(v)) : map);
        var entry = new StackEntry(urn, request.Type, request.Name, request.Parent, true, state.Id, state.Inputs, outputs, provider, [.. request.Dependencies], state.RefreshBeforeUpdate);
        Record(entry, op);
        return new RegisterResourceResponse
        {
            Urn = urn,
            Id = entry.Id,
            Object = StructCodec.Encode(request.AcceptSecrets ? outputs : SecretValues.Reveal(outputs)),
        };
    }

    private void Record(StackEntry entry, StepOp op = StepOp.Same)
    {
        var isNew = _registered.TryAdd(entry.Urn, entry);
        if (!isNew)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"Duplicate resource URN '{entry.Urn}'; try giving it a unique name"));
        }

        _order.Enqueue(entry.Urn);
        var existed = _old.Any(o => o.Urn == entry.Urn);
        _steps.Enqueue(new Step(entry.Urn, entry.Custom || entry.IsProvider ? op : (existed ? StepOp.Same : StepOp.Create)));
    }

    private static string Package(string type) => type.Split(':')[0];

    /// <summary>The package a provider reference serves: urn:…::pulumi:providers:&lt;package&gt;::name::id.</summary>
    private static string ProviderPackage(string reference)
    {
        var type = reference.Split("::")[2];
        return type[(type.LastIndexOf(':') + 1)..];
    }
}
