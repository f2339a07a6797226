using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    private async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        var inputs = Decode(request.Properties, "properties");
        if (request.Preview)
        {
            return new CreateResponse { Properties = StructCodec.Encode(Secure(resource, resource.PreviewCreate(inputs), inputs)), RefreshBeforeUpdate = resource.RefreshBeforeUpdate };
        }

        using var token = OperationToken(ct, request.Timeout);
        var context = new CreateContext(request.Urn, NameOf(request.Name, request.Urn), SecretValues.Reveal(inputs), _time.GetUtcNow(), Log.For(request.Urn), token.Token);
        var result = await Guard("create", request.Urn, resource, inputs, () => resource.CreateAsync(RequireClient(), context));
        return new CreateResponse { Id = result.Id, Properties = StructCodec.Encode(Secure(resource, result.Outputs, inputs)), RefreshBeforeUpdate = resource.RefreshBeforeUpdate };
    }

    private async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        _replacementNotes.Read(request.Urn);
        var oldOutputs = Decode(request.Properties, "properties");
        var oldInputs = Decode(request.Inputs, "inputs");

        // An empty answer would tell refresh the object is gone: without a client nothing is known about it.
        var client = RequireClient();
        using var token = OperationToken(ct, request.Timeout);
        var context = new ReadContext(
            request.Urn, NameOf(request.Name, request.Urn), request.Id, SecretValues.Reveal(oldOutputs), SecretValues.Reveal(oldInputs), _time.GetUtcNow(), Log.For(request.Urn), token.Token);
        var found = await Guard("read", request.Urn, resource, oldInputs, () => resource.ReadAsync(client, context));
        if (found is null)
        {
            return new ReadResponse();
        }

        var inputs = found.Inputs ?? RefreshedInputs(resource, found.Outputs, context);
        var secretSource = MergeSecretSources(oldInputs, oldOutputs);
        return new ReadResponse
        {
            Id = found.Id,
            Properties = StructCodec.Encode(Secure(resource, found.Outputs, secretSource)),
            Inputs = StructCodec.Encode(Secure(resource, inputs, secretSource)),
            RefreshBeforeUpdate = resource.RefreshBeforeUpdate,
        };
    }

    private async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        var olds = Decode(request.Olds, "olds");
        var news = Decode(request.News, "news");
        if (request.Preview)
        {
            return new UpdateResponse { Properties = StructCodec.Encode(Secure(resource, resource.PreviewUpdate(olds, news), news)), RefreshBeforeUpdate = resource.RefreshBeforeUpdate };
        }

        var client = RequireClient();
        var name = NameOf(request.Name, request.Urn);
        var plainOlds = SecretValues.Reveal(olds);
        var plainNews = SecretValues.Reveal(news);
        var oldInputs = request.OldInputs is null ? resource.InputsFromOutputs(plainOlds) : SecretValues.Reveal(Decode(request.OldInputs, "oldInputs"));
        using var token = OperationToken(ct, request.Timeout);
        var outputs = await Guard("update", request.Urn, resource, news, async () =>
        {
            var current = await resource.ReadAsync(client, new ReadContext(request.Urn, name, request.Id, plainOlds, oldInputs, _time.GetUtcNow(), Log.For(request.Urn), token.Token))
                ?? throw ProviderException.StateChanged($"the {resource.Noun} {request.Id} no longer exists (it may have ended or been deleted outside Pulumi); run `pulumi refresh`");
            var recheck = new DiffContext(current.Outputs, oldInputs, plainNews, _time.GetUtcNow());
            var outcome = DiffEngine.Compute(resource.Inputs, resource.Noun, recheck, request.IgnoreChanges.ToHashSet(), resource.DeleteBeforeReplace);
            if (outcome.Explanation is { } why)
            {
                throw ProviderException.StateChanged(
                    $"cannot update the {resource.Noun} {request.Id} in place: it changed since the preview, and now {string.Join("; ", why.Reasons)}");
            }

            var update = new UpdateContext(
                request.Urn, name, request.Id, current.Outputs, oldInputs, plainNews, outcome.Changed, _time.GetUtcNow(), Log.For(request.Urn), token.Token);
            return outcome.Changed.Count == 0
                ? await resource.FinishCreateAsync(client, update)
                : await resource.UpdateAsync(client, update);
        });
        return new UpdateResponse { Properties = StructCodec.Encode(Secure(resource, outputs, news)), RefreshBeforeUpdate = resource.RefreshBeforeUpdate };
    }

    private async Task<Empty> DeleteAsync(DeleteRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        var olds = Decode(request.Properties, "properties");
        var oldInputs = Decode(request.OldInputs, "oldInputs");
        var client = RequireClient();
        using var token = OperationToken(ct, request.Timeout);
        var context = new DeleteContext(
            request.Urn, NameOf(request.Name, request.Urn), request.Id, SecretValues.Reveal(olds), SecretValues.Reveal(oldInputs), _time.GetUtcNow(), Log.For(request.Urn), token.Token);
        await Guard("delete", request.Urn, resource, oldInputs, async () =>
        {
            await resource.DeleteAsync(client, context);
            return true;
        });
        return new Empty();
    }

    /// <summary>Runs resource code and maps what it throws to the engine's error shapes.</summary>
    private async Task<T> Guard<T>(string operation, string urn, ResourceDefinition<TClient> resource, PropertyMap inputs, Func<Task<T>> body)
    {
        OperationScope.Enter(urn);
        try
        {
            return await body();
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw ErrorMapping.ToGrpc(e, operation, urn, _definition.TranslateError, outputs => Secure(resource, outputs, inputs), inputs, resource.RefreshBeforeUpdate, _cancelled.IsCancellationRequested);
        }
    }

    private static PropertyMap Secure(ResourceDefinition<TClient> resource, PropertyMap outputs, PropertyMap secretSource) =>
        Secrecy.Apply(outputs, secretSource, resource.Inputs.Concat(resource.Outputs));

    /// <summary>
    /// Refresh keeps the keys the user set (values from the cloud where it reports them, else as recorded);
    /// import takes every input the cloud reports.
    /// </summary>
    private static PropertyMap RefreshedInputs(ResourceDefinition<TClient> resource, PropertyMap outputs, ReadContext context)
    {
        var derived = resource.InputsFromOutputs(outputs);
        return context.IsImport
            ? derived
            : PropertyMap.Of(context.OldInputs.Select(kv => KeyValuePair.Create(kv.Key, derived.GetOrNull(kv.Key) ?? kv.Value)));
    }

    private static PropertyMap MergeSecretSources(PropertyMap oldInputs, PropertyMap oldOutputs) =>
        oldOutputs.Where(kv => kv.Value.ContainsSecrets).Aggregate(oldInputs, (map, kv) => map.Set(kv.Key, kv.Value));

    private static string NameOf(string name, string urn) => name.Length > 0 ? name : Urns.Name(urn);
}
