using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// Package facts the schema publishes. The C# SDK's package id is CSharpRootNamespace + "." + the package's
/// namespace; Pulumi's codegen defaults the root to "Pulumi", a prefix reserved on nuget.org for Pulumi Corp.
/// </summary>
public sealed record PackageMetadata(
    string Name,
    string DisplayName,
    string Version,
    string Description,
    IReadOnlyList<string> Keywords,
    string Homepage,
    string Repository,
    string License,
    string Publisher,
    IReadOnlyDictionary<string, string> CSharpNamespaces,
    string CSharpRootNamespace = "Pulumi");

/// <summary>
/// A provider: its package metadata, its configuration (with how to turn it into a client), its resource types and
/// its lookups. A resource type is listed in <see cref="Resources"/>, a lookup in <see cref="Functions"/> (the rest of what
/// a new one touches: docs/adding-a-resource.md).
/// </summary>
public abstract class ProviderDefinition<TClient>
    where TClient : class
{
    public abstract PackageMetadata Package { get; }

    public abstract IReadOnlyList<PropertyDefinition> Config { get; }

    public abstract IReadOnlyList<ResourceDefinition<TClient>> Resources { get; }

    /// <summary>The components the provider builds through Construct (schema isComponent).</summary>
    public virtual IReadOnlyList<ComponentDefinition> Components => [];

    /// <summary>The invoke functions (lookups) the provider serves.</summary>
    public virtual IReadOnlyList<FunctionDefinition<TClient>> Functions => [];

    /// <summary>
    /// Builds the client from the provider configuration (secrets revealed, keys without the package prefix).
    /// Throws <see cref="MissingConfigurationException"/> when credentials are nowhere to be found.
    /// </summary>
    public abstract TClient Configure(PropertyMap config);

    /// <summary>
    /// Turns a failure from the cloud layer into what the engine should see (status code and a message naming the
    /// operation, the cloud's code and request id). Null leaves the exception to the framework's default (UNKNOWN).
    /// </summary>
    public virtual ProviderException? TranslateError(Exception error) => null;

    /// <summary>The engine log the host serves this provider with, for diagnostics outside a resource's own log.</summary>
    public virtual void AttachLog(Hosting.EngineLog log)
    {
    }
}
