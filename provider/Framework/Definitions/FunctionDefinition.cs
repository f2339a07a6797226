using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// One lookup (invoke function): its inputs (schema and validation), its outputs, and a read-only body run against
/// the configured client <typeparamref name="TClient"/>. The framework validates the arguments (failures go back as
/// InvokeResponse failures), echoes the inputs into the result, keeps secrets and maps errors. Lookups never change
/// the cloud, so they run the same in a preview.
/// </summary>
public abstract class FunctionDefinition<TClient>
    where TClient : class
{
    /// <summary>The function token, e.g. <c>alicloud-live:ice:getLiveTranscodeJob</c>.</summary>
    public abstract string Token { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyList<PropertyDefinition> Inputs { get; }

    /// <summary>What the lookup finds; the inputs are echoed into the result as well.</summary>
    public abstract IReadOnlyList<PropertyDefinition> Outputs { get; }

    /// <summary>Cross-property rules; single-property rules live on the property's validators.</summary>
    public virtual IEnumerable<CheckFailure> Validate(CheckContext context) => [];

    /// <summary>Runs the lookup; returns the outputs (secrets are applied by the framework).</summary>
    public abstract Task<PropertyMap> InvokeAsync(TClient client, InvokeContext context);
}

/// <summary>
/// What a lookup sees: its validated inputs (defaults applied, secrets revealed), whether the engine is previewing,
/// the clock, and a token that fires on the engine's Cancel or the call's deadline.
/// </summary>
public sealed record InvokeContext(string Token, PropertyMap Inputs, bool Preview, DateTimeOffset Now, CancellationToken CancellationToken);
