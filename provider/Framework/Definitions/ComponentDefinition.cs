using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// A component served by the plugin (schema <c>isComponent: true</c>): the engine calls Construct, and the definition
/// registers its children through <see cref="ComponentContext"/> and answers its outputs. It never calls the cloud
/// itself; its children go through the engine and the provider's CRUD like any resource.
/// </summary>
public abstract class ComponentDefinition
{
    /// <summary>The type token, e.g. <c>alicloud-live:components:LiveChannel</c>.</summary>
    public abstract string Token { get; }

    public abstract string Description { get; }

    /// <summary>Checked before any child is registered (types, required, defaults), as Check would for a resource.</summary>
    public abstract IReadOnlyList<PropertyDefinition> Inputs { get; }

    public abstract IReadOnlyList<PropertyDefinition> Outputs { get; }

    /// <summary>Registers the children and answers every output with the URNs it depends on.</summary>
    public abstract Task<IReadOnlyDictionary<string, ComponentOutput>> ConstructAsync(ComponentContext context);
}

/// <summary>An output of a component and the resources it came from (the engine's stateDependencies).</summary>
public sealed record ComponentOutput(PropertyValue Value, IReadOnlyCollection<string> Dependencies);

/// <summary>A child as the engine registered it: its URN, id (empty in a preview of a create) and outputs.</summary>
public sealed record ChildResource(string Urn, string Id, PropertyMap Outputs);

/// <summary>
/// A child to register under the component: its inputs, which component inputs each came from (their dependencies
/// become the child's property dependencies), and the children it must wait for (dependsOn).
/// </summary>
public sealed record ChildRegistration(
    string Type,
    string Name,
    PropertyMap Inputs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> InputSources,
    IReadOnlyList<ChildResource> DependsOn);

/// <summary>What a component's Construct sees: its checked inputs and the monitor to register children with.</summary>
public abstract class ComponentContext
{
    /// <summary>The component's logical name; children's names start with it.</summary>
    public abstract string Name { get; }

    /// <summary>The inputs with defaults applied; secrets stay wrapped and unknowns (in a preview) stay unknown.</summary>
    public abstract PropertyMap Inputs { get; }

    /// <summary>The URNs a component input depends on (the caller's resources it was computed from).</summary>
    public abstract IReadOnlyCollection<string> DependenciesOf(string input);

    /// <summary>Registers a child parented to the component and waits for the engine's answer (created, updated or planned).</summary>
    public abstract Task<ChildResource> RegisterChildAsync(ChildRegistration child);
}
