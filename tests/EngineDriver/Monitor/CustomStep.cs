using System.Collections.Concurrent;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Driver.Monitor;

/// <summary>
/// The step the engine makes for one registered custom resource, through the plugin: Read first when the state asks
/// for it (refresh_before_update), Check against the recorded inputs, then Create (a new URN), or Diff and nothing,
/// Update, or Replace (Check again without olds; delete-before-replace when the Diff says so, otherwise the old
/// object is deleted at the end of the deployment). A preview sends Create and Update with preview set and applies nothing.
/// </summary>
internal sealed class CustomStep(ResourceProvider.ResourceProviderClient provider, string urn, RegisterResourceRequest request, bool dryRun, CancellationToken ct)
{
    public async Task<(ResourceState State, StepOp Op)> RunAsync(StackEntry? old, ConcurrentQueue<StackEntry> replaced)
    {
        var news = StructCodec.Decode(request.Object);
        var recorded = old is { RefreshBeforeUpdate: true } ? await RefreshAsync(old) : old?.AsResourceState();
        if (recorded is null)
        {
            return (await CreateAsync(await CheckAsync(news, PropertyMap.Empty)), StepOp.Create);
        }

        var checkedNews = await CheckAsync(news, recorded.Inputs);
        var diff = await provider.DiffAsync(EngineDriver.DiffRequest(recorded, checkedNews), cancellationToken: ct);
        if (diff.Changes != DiffResponse.Types.DiffChanges.DiffSome)
        {
            return (recorded, StepOp.Same);
        }

        if (!EngineDriver.IsReplace(diff))
        {
            var updated = await provider.UpdateAsync(EngineDriver.UpdateRequest(recorded, checkedNews, dryRun), cancellationToken: ct);
            return (recorded with { Inputs = checkedNews, Outputs = StructCodec.Decode(updated.Properties), RefreshBeforeUpdate = updated.RefreshBeforeUpdate }, StepOp.Update);
        }

        var replacement = await CheckAsync(news, PropertyMap.Empty);
        if (!dryRun && diff.DeleteBeforeReplace)
        {
            await provider.DeleteAsync(EngineDriver.DeleteRequest(recorded), cancellationToken: ct);
        }
        else if (!dryRun && old is not null)
        {
            replaced.Enqueue(old);
        }

        return (await CreateAsync(replacement), StepOp.Replace);
    }

    private async Task<ResourceState?> RefreshAsync(StackEntry old)
    {
        var read = await provider.ReadAsync(
            new ReadRequest { Id = old.Id, Urn = urn, Name = old.Name, Type = old.Type, Properties = StructCodec.Encode(old.Outputs), Inputs = StructCodec.Encode(old.Inputs) },
            cancellationToken: ct);
        return read.Id.Length == 0
            ? null
            : old.AsResourceState() with { Id = read.Id, Inputs = StructCodec.Decode(read.Inputs), Outputs = StructCodec.Decode(read.Properties), RefreshBeforeUpdate = read.RefreshBeforeUpdate };
    }

    private async Task<PropertyMap> CheckAsync(PropertyMap news, PropertyMap olds)
    {
        var check = await provider.CheckAsync(
            new CheckRequest
            {
                Urn = urn,
                Name = request.Name,
                Type = request.Type,
                News = StructCodec.Encode(news),
                Olds = StructCodec.Encode(olds),
                RandomSeed = Google.Protobuf.ByteString.CopyFromUtf8(urn),
            },
            cancellationToken: ct);
        if (check.Failures.Count > 0)
        {
            // How the engine shows Check failures (docs/protocol.md, "Resources"): per property, under the resource.
            var problems = check.Failures.Select(f => $"property {f.Property} has a problem: {f.Reason}");
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{urn}: {string.Join("; ", problems)}"));
        }

        return StructCodec.Decode(check.Inputs);
    }

    private async Task<ResourceState> CreateAsync(PropertyMap checkedInputs)
    {
        var created = await provider.CreateAsync(
            new CreateRequest { Urn = urn, Name = request.Name, Type = request.Type, Properties = StructCodec.Encode(checkedInputs), Preview = dryRun },
            cancellationToken: ct);
        if (!dryRun && created.Id.Length == 0)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Create of {urn} returned no id"));
        }

        return new ResourceState(request.Type, request.Name, urn, created.Id, checkedInputs, StructCodec.Decode(created.Properties), created.RefreshBeforeUpdate);
    }
}
