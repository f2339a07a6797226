using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Pulumirpc;

namespace AlicloudLive.Driver;

/// <summary>
/// Drives the plugin with the engine's call sequences (docs/protocol.md, "Call sequences the tests drive"): preview, up (create, update, replace in
/// either order), refresh, import, destroy. Check failures throw <see cref="CheckFailedException"/>; an answer the engine
/// would reject (no id after a create, properties without an id after a read) throws InvalidOperationException.
/// </summary>
public sealed class EngineDriver(PluginSession plugin)
{
    public PluginSession Plugin { get; } = plugin;

    public static string Urn(string type, string name) => $"urn:pulumi:test::lifecycle::{type}::{name}";

    public async Task<PropertyMap> CheckAsync(string type, string name, PropertyMap news, PropertyMap? olds = null, byte[]? seed = null)
    {
        var response = await Plugin.CallAsync("Check", CheckRequest(type, name, news, olds, seed), CheckResponse.Parser);
        if (response.Failures.Count > 0)
        {
            throw new CheckFailedException(response.Failures.Select(f => (f.Property, f.Reason)).ToList());
        }

        return StructCodec.Decode(response.Inputs);
    }

    /// <summary>`pulumi preview` of a new resource: Check, then Create with preview=true.</summary>
    public async Task<PropertyMap> PreviewCreateAsync(string type, string name, PropertyMap inputs)
    {
        var checkedInputs = await CheckAsync(type, name, inputs);
        var response = await Plugin.CallAsync("Create", new CreateRequest { Urn = Urn(type, name), Name = name, Type = type, Properties = StructCodec.Encode(checkedInputs), Preview = true }, CreateResponse.Parser);
        return StructCodec.Decode(response.Properties);
    }

    public async Task<ResourceState> CreateAsync(string type, string name, PropertyMap inputs, double timeoutSeconds = 0)
    {
        var checkedInputs = await CheckAsync(type, name, inputs);
        return await CreateCheckedAsync(type, name, checkedInputs, timeoutSeconds);
    }

    public async Task<ResourceState> CreateCheckedAsync(string type, string name, PropertyMap checkedInputs, double timeoutSeconds = 0)
    {
        var response = await Plugin.CallAsync("Create", new CreateRequest { Urn = Urn(type, name), Name = name, Type = type, Properties = StructCodec.Encode(checkedInputs), Timeout = timeoutSeconds }, CreateResponse.Parser);
        if (response.Id.Length == 0)
        {
            throw new InvalidOperationException($"Create of {name} returned no id: an up must return one");
        }

        return new ResourceState(type, name, Urn(type, name), response.Id, checkedInputs, StructCodec.Decode(response.Properties), response.RefreshBeforeUpdate);
    }

    public async Task<DiffResponse> DiffAsync(ResourceState state, PropertyMap checkedNews) =>
        await Plugin.CallAsync("Diff", DiffRequest(state, checkedNews), DiffResponse.Parser);

    /// <summary>`pulumi preview` of a change: Check, Diff, and Update(preview) when it updates in place.</summary>
    public async Task<(DiffResponse Diff, PropertyMap? Predicted)> PreviewUpdateAsync(ResourceState state, PropertyMap news)
    {
        var checkedNews = await CheckAsync(state.Type, state.Name, news, state.Inputs);
        var diff = await DiffAsync(state, checkedNews);
        if (diff.Changes != DiffResponse.Types.DiffChanges.DiffSome || IsReplace(diff))
        {
            return (diff, null);
        }

        var response = await Plugin.CallAsync("Update", UpdateRequest(state, checkedNews, preview: true), UpdateResponse.Parser);
        return (diff, StructCodec.Decode(response.Properties));
    }

    /// <summary>`pulumi up` of a change, following the engine's sequence for the diff it gets.</summary>
    public async Task<UpdateOutcome> UpdateAsync(ResourceState state, PropertyMap news)
    {
        var checkedNews = await CheckAsync(state.Type, state.Name, news, state.Inputs);
        var diff = await DiffAsync(state, checkedNews);
        if (diff.Changes != DiffResponse.Types.DiffChanges.DiffSome)
        {
            return new UpdateOutcome(diff, state, false);
        }

        if (!IsReplace(diff))
        {
            var response = await Plugin.CallAsync("Update", UpdateRequest(state, checkedNews, preview: false), UpdateResponse.Parser);
            return new UpdateOutcome(diff, state with { Inputs = checkedNews, Outputs = StructCodec.Decode(response.Properties), RefreshBeforeUpdate = response.RefreshBeforeUpdate }, false);
        }

        var replacementInputs = await CheckAsync(state.Type, state.Name, news);
        if (diff.DeleteBeforeReplace)
        {
            await DeleteAsync(state);
            return new UpdateOutcome(diff, await CreateCheckedAsync(state.Type, state.Name, replacementInputs), true);
        }

        var created = await CreateCheckedAsync(state.Type, state.Name, replacementInputs);
        await DeleteAsync(state);
        return new UpdateOutcome(diff, created, true);
    }

    /// <summary>`pulumi refresh`: null when the object is gone.</summary>
    public async Task<ResourceState?> RefreshAsync(ResourceState state)
    {
        var response = await Plugin.CallAsync("Read", new ReadRequest
        {
            Id = state.Id,
            Urn = state.Urn,
            Name = state.Name,
            Type = state.Type,
            Properties = StructCodec.Encode(state.Outputs),
            Inputs = StructCodec.Encode(state.Inputs),
        }, ReadResponse.Parser);
        if (response.Id.Length == 0)
        {
            return (response.Properties?.Fields.Count ?? 0) == 0
                ? null
                : throw new InvalidOperationException($"Read of {state.Name} returned properties without an id: a vanished object has none");
        }

        return state with
        {
            Id = response.Id,
            Outputs = StructCodec.Decode(response.Properties),
            Inputs = StructCodec.Decode(response.Inputs),
            RefreshBeforeUpdate = response.RefreshBeforeUpdate,
        };
    }

    /// <summary>
    /// The first step of `pulumi preview` and `pulumi up` for a resource stored with refresh_before_update: the engine
    /// Reads it and plans against what it read (null: gone). Any other resource is planned against its recorded state.
    /// </summary>
    public async Task<ResourceState?> RefreshBeforeUpdateAsync(ResourceState state) =>
        state.RefreshBeforeUpdate ? await RefreshAsync(state) : state;

    /// <summary>`pulumi import`: Read by id alone, then Check with the read inputs as both olds and news.</summary>
    public async Task<ResourceState> ImportAsync(string type, string name, string id)
    {
        var response = await Plugin.CallAsync("Read", new ReadRequest { Id = id, Urn = Urn(type, name), Name = name, Type = type }, ReadResponse.Parser);
        if (response.Id.Length == 0)
        {
            throw new InvalidOperationException($"import of {id} found nothing");
        }

        var inputs = StructCodec.Decode(response.Inputs);
        var checkedInputs = await CheckAsync(type, name, inputs, inputs);
        return new ResourceState(type, name, Urn(type, name), response.Id, checkedInputs, StructCodec.Decode(response.Properties), response.RefreshBeforeUpdate);
    }

    public Task DeleteAsync(ResourceState state, double timeoutSeconds = 0) =>
        Plugin.CallAsync("Delete", DeleteRequest(state, timeoutSeconds), Google.Protobuf.WellKnownTypes.Empty.Parser);

    public static bool IsReplace(DiffResponse diff) =>
        diff.Replaces.Count > 0 || diff.DetailedDiff.Values.Any(d => d.Kind is PropertyDiff.Types.Kind.AddReplace or PropertyDiff.Types.Kind.DeleteReplace or PropertyDiff.Types.Kind.UpdateReplace);

    /// <summary>The Check the engine sends for a resource's new inputs, given its recorded inputs (none for a new one).</summary>
    public static CheckRequest CheckRequest(string type, string name, PropertyMap news, PropertyMap? olds = null, byte[]? seed = null) => new()
    {
        Urn = Urn(type, name),
        Name = name,
        Type = type,
        News = StructCodec.Encode(news),
        Olds = StructCodec.Encode(olds ?? PropertyMap.Empty),
        RandomSeed = ByteString.CopyFrom(seed ?? System.Text.Encoding.UTF8.GetBytes(name)),
    };

    /// <summary>The Diff the engine sends for a recorded resource and its checked new inputs.</summary>
    public static DiffRequest DiffRequest(ResourceState state, PropertyMap checkedNews) => new()
    {
        Id = state.Id,
        Urn = state.Urn,
        Name = state.Name,
        Type = state.Type,
        Olds = StructCodec.Encode(state.Outputs),
        OldInputs = StructCodec.Encode(state.Inputs),
        News = StructCodec.Encode(checkedNews),
    };

    /// <summary>The Delete the engine sends for a recorded resource (for tests that send it raw).</summary>
    public static DeleteRequest DeleteRequest(ResourceState state, double timeoutSeconds = 0) => new()
    {
        Id = state.Id,
        Urn = state.Urn,
        Name = state.Name,
        Type = state.Type,
        Properties = StructCodec.Encode(state.Outputs),
        OldInputs = StructCodec.Encode(state.Inputs),
        Timeout = timeoutSeconds,
    };

    /// <summary>The Update the engine sends for a recorded resource and its checked new inputs.</summary>
    public static UpdateRequest UpdateRequest(ResourceState state, PropertyMap checkedNews, bool preview) => new()
    {
        Id = state.Id,
        Urn = state.Urn,
        Name = state.Name,
        Type = state.Type,
        Olds = StructCodec.Encode(state.Outputs),
        OldInputs = StructCodec.Encode(state.Inputs),
        News = StructCodec.Encode(checkedNews),
        Preview = preview,
    };
}

/// <summary>Check answered with failures (the engine would print each and stop).</summary>
public sealed class CheckFailedException(IReadOnlyList<(string Property, string Reason)> failures)
    : Exception(string.Join("; ", failures.Select(f => $"{f.Property}: {f.Reason}")))
{
    public IReadOnlyList<(string Property, string Reason)> Failures { get; } = failures;

    /// <summary>
    /// True when a failure reports this path and rule as the engine shows them: under the top-level property (the
    /// engine prints `property &lt;top-level&gt; value … has a problem: &lt;reason&gt;`), a nested path leading the reason.
    /// </summary>
    public bool Reports(string path, string reason)
    {
        var topLevel = path.Split('.', '[')[0];
        var expected = topLevel == path ? reason : $"{path} {reason}";
        return Failures.Any(f => f.Property == topLevel && f.Reason.StartsWith(expected, StringComparison.Ordinal));
    }
}
