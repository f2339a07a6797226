using AlicloudLive.Values;

namespace AlicloudLive.Driver.Monitor;

/// <summary>
/// A resource as the engine's state records it: URN, parent, id (custom resources), checked inputs, outputs (secrets
/// wrapped), the provider reference it was managed through and what it depends on.
/// </summary>
public sealed record StackEntry(
    string Urn,
    string Type,
    string Name,
    string Parent,
    bool Custom,
    string Id,
    PropertyMap Inputs,
    PropertyMap Outputs,
    string Provider,
    IReadOnlyList<string> Dependencies,
    bool RefreshBeforeUpdate = false)
{
    public const string StackType = "pulumi:pulumi:Stack";

    public bool IsProvider => Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);

    /// <summary>The qualified type in the URN: the parent chain's types joined by '$' (the root stack left out).</summary>
    public string QualifiedType => Urn.Split("::")[2];

    /// <summary>The provider reference other resources name this provider by: &lt;urn&gt;::&lt;id&gt;.</summary>
    public string Reference => $"{Urn}::{Id}";

    public ResourceState AsResourceState() => new(Type, Name, Urn, Id, Inputs, Outputs, RefreshBeforeUpdate);
}

/// <summary>What the engine did to one resource in a deployment.</summary>
public enum StepOp
{
    Same,
    Create,
    Update,
    Replace,
    Delete,
}

public sealed record Step(string Urn, StepOp Op);
