using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// One resource type: its inputs (schema, validation and update rule each), its computed outputs, and its CRUD
/// against a configured client <typeparamref name="TClient"/>. The framework does the protocol: secrets, unknowns,
/// previews, autonaming, diffs, explanations and error shapes.
/// </summary>
public abstract class ResourceDefinition<TClient>
    where TClient : class
{
    /// <summary>The type token, e.g. <c>alicloud-live:live:PullToPushTask</c>.</summary>
    public abstract string Token { get; }

    public abstract string Description { get; }

    /// <summary>What the cloud calls the object, for messages: "the task will be replaced".</summary>
    public abstract string Noun { get; }

    public abstract IReadOnlyList<PropertyDefinition> Inputs { get; }

    /// <summary>Output-only properties; inputs are outputs too.</summary>
    public abstract IReadOnlyList<PropertyDefinition> Outputs { get; }

    /// <summary>
    /// True when the update rules depend on the object's live state (a job's status): the engine then reads the object
    /// before every preview and up, so the plan (update in place or replace) is made against what the cloud holds now.
    /// </summary>
    public virtual bool RefreshBeforeUpdate => false;

    /// <summary>The input filled by autonaming when the user leaves it out, if any.</summary>
    public virtual string? AutoNameProperty => null;

    /// <summary>Cross-property rules (Check); single-property rules live on the property's validators.</summary>
    public virtual IEnumerable<CheckFailure> Validate(CheckContext context) => [];

    /// <summary>
    /// Null when the object recorded in <paramref name="oldOutputs"/> lives where <paramref name="client"/> now points;
    /// otherwise why it must be replaced there (the provider moved to another region or endpoint). No cloud call.
    /// </summary>
    public virtual string? MoveReason(TClient client, PropertyMap oldOutputs) => null;

    /// <summary>The output that records where the object lives, which a move replaces.</summary>
    public virtual string LocationProperty => "endpoint";

    /// <summary>True when the replacement would collide with the old object on a unique key.</summary>
    public virtual bool DeleteBeforeReplace(DiffContext context) => false;

    public abstract Task<CreateResult> CreateAsync(TClient client, CreateContext context);

    /// <summary>Null when the object no longer exists.</summary>
    public abstract Task<ReadResult?> ReadAsync(TClient client, ReadContext context);

    /// <summary>
    /// Applies the change and returns the new outputs. The engine keeps the id it has; when the cloud moves the
    /// object to a new id (a restarted task), put the new id in the outputs and return it from the next Read.
    /// </summary>
    public abstract Task<PropertyMap> UpdateAsync(TClient client, UpdateContext context);

    /// <summary>
    /// Update with no input changed: the engine sends it after a create answered ErrorResourceInitFailed, to finish
    /// what that create left undone. The default has nothing left: the object as just read back.
    /// </summary>
    public virtual Task<PropertyMap> FinishCreateAsync(TClient client, UpdateContext context) => Task.FromResult(context.Current);

    /// <summary>Must be idempotent: an object already gone is success.</summary>
    public abstract Task DeleteAsync(TClient client, DeleteContext context);

    /// <summary>Outputs predicted for a preview of a create: the inputs, and every computed output unknown.</summary>
    public virtual PropertyMap PreviewCreate(PropertyMap inputs) =>
        Outputs.Aggregate(inputs, (map, output) => map.Set(output.Name, new UnknownValue()));

    /// <summary>Outputs predicted for a preview of an update: the old outputs with the new inputs laid over them.</summary>
    public virtual PropertyMap PreviewUpdate(PropertyMap oldOutputs, PropertyMap newInputs) =>
        Inputs.Aggregate(oldOutputs, (map, input) => newInputs.TryGetValue(input.Name, out var v) ? map.Set(input.Name, v) : map.Remove(input.Name));

    /// <summary>The inputs that would recreate an object, taken from its outputs (import and refresh).</summary>
    public virtual PropertyMap InputsFromOutputs(PropertyMap outputs) =>
        PropertyMap.Of(outputs.Where(kv => Inputs.Any(i => i.Name == kv.Key) && kv.Value is not NullValue));
}
