using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// A component's registrations with the engine's ResourceMonitor, as the Go SDK's construct makes them: the component
/// itself under the caller's parent with the caller's options, and each child parented to it with the options that
/// ConstructRequest says apply to nested resources (protect, retainOnDelete, deletedWith, deleteBeforeReplace, custom
/// timeouts, dependencies) and the caller's provider for the child's package. A child the engine fails fails here with
/// the engine's status and the child's message.
/// </summary>
internal sealed class MonitorComponentContext : ComponentContext
{
    private readonly ResourceMonitor.ResourceMonitorClient _monitor;
    private readonly ConstructRequest _request;
    private readonly string _version;
    private readonly CancellationToken _cancellation;

    private MonitorComponentContext(
        ResourceMonitor.ResourceMonitorClient monitor, ConstructRequest request, PropertyMap inputs, string urn, string version, CancellationToken cancellation)
    {
        _monitor = monitor;
        _request = request;
        _version = version;
        _cancellation = cancellation;
        Inputs = inputs;
        Urn = urn;
    }

    public override string Name => _request.Name;

    /// <summary>The component's URN, as the monitor answered its registration.</summary>
    public string Urn { get; }

    public override PropertyMap Inputs { get; }

    /// <summary>Registers the component (no inputs of its own in the state, as SDK components register) and returns its context.</summary>
    public static async Task<MonitorComponentContext> RegisterAsync(
        ResourceMonitor.ResourceMonitorClient monitor, ConstructRequest request, PropertyMap inputs, string version, CancellationToken cancellation)
    {
        var component = WithNestedOptions(new RegisterResourceRequest
        {
            Type = request.Type,
            Name = request.Name,
            Parent = request.Parent,
            Custom = false,
            Object = new Struct(),
            AcceptSecrets = true,
            AcceptResources = true,
            AliasSpecs = true,
        }, request);
        component.Dependencies.AddRange(request.Dependencies);
        component.Providers.Add(request.Providers);
        component.Aliases.AddRange(request.Aliases);
        component.IgnoreChanges.AddRange(request.IgnoreChanges);
        component.ReplaceOnChanges.AddRange(request.ReplaceOnChanges);
        component.ReplaceWith.AddRange(request.ReplaceWith);
        var response = await monitor.RegisterResourceAsync(component, cancellationToken: cancellation).ConfigureAwait(false);
        return new MonitorComponentContext(monitor, request, inputs, response.Urn, version, cancellation);
    }

    public override IReadOnlyCollection<string> DependenciesOf(string input) =>
        _request.InputDependencies.TryGetValue(input, out var deps) ? deps.Urns.Distinct(StringComparer.Ordinal).ToList() : [];

    public override async Task<ChildResource> RegisterChildAsync(ChildRegistration child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var request = WithNestedOptions(new RegisterResourceRequest
        {
            Type = child.Type,
            Name = child.Name,
            Parent = Urn,
            Custom = true,
            Object = StructCodec.Encode(child.Inputs),
            Version = _version,
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
            AliasSpecs = true,
        }, _request);
        if (_request.Providers.TryGetValue(child.Type.Split(':')[0], out var provider))
        {
            request.Provider = provider;
        }

        var dependencies = new SortedSet<string>(_request.Dependencies, StringComparer.Ordinal);
        foreach (var (property, sources) in child.InputSources)
        {
            var urns = sources.SelectMany(DependenciesOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var entry = new RegisterResourceRequest.Types.PropertyDependencies();
            entry.Urns.AddRange(urns);
            request.PropertyDependencies[property] = entry;
            dependencies.UnionWith(urns);
        }

        dependencies.UnionWith(child.DependsOn.Select(d => d.Urn));
        request.Dependencies.AddRange(dependencies);
        try
        {
            var response = await _monitor.RegisterResourceAsync(request, cancellationToken: _cancellation).ConfigureAwait(false);
            // Unknown: the engine skipped the child's create (a targeted update that leaves it out); nothing it would
            // have produced is known, as in a preview of its create.
            return response.Unknown
                ? new ChildResource(response.Urn, "", PropertyMap.Empty)
                : new ChildResource(response.Urn, response.Id, StructCodec.Decode(response.Object));
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled)
        {
            throw new RpcException(new Status(e.StatusCode, $"{child.Name} ({child.Type}): {e.Status.Detail}"));
        }
    }

    /// <summary>The options ConstructRequest documents as applying to the component and its nested resources.</summary>
    private static RegisterResourceRequest WithNestedOptions(RegisterResourceRequest registration, ConstructRequest request)
    {
        if (request.HasProtect)
        {
            registration.Protect = request.Protect;
        }

        if (request.HasRetainOnDelete)
        {
            registration.RetainOnDelete = request.RetainOnDelete;
        }

        if (request.HasDeleteBeforeReplace)
        {
            registration.DeleteBeforeReplace = request.DeleteBeforeReplace;
            registration.DeleteBeforeReplaceDefined = true;
        }

        registration.DeletedWith = request.DeletedWith;
        if (request.CustomTimeouts is { } t)
        {
            registration.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts { Create = t.Create, Update = t.Update, Delete = t.Delete, Read = t.Read };
        }

        return registration;
    }
}
