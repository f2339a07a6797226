using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    private readonly ReplacementNotes _replacementNotes = new();

    private Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        _replacementNotes.Checked(request.Urn);
        var input = new CheckInput(
            request.Name.Length > 0 ? request.Name : Urns.Name(request.Urn),
            Decode(request.News, "news"),
            Decode(request.Olds, "olds"),
            request.RandomSeed.ToByteArray(),
            request.Autonaming is { } a ? new AutonamingOptions(a.ProposedName, (AutonamingMode)(int)a.Mode) : null,
            _time.GetUtcNow());
        var outcome = CheckEngine.Run(input, resource.Token, resource.Inputs, resource.AutoNameProperty, resource.Validate);
        var response = new CheckResponse { Inputs = StructCodec.Encode(outcome.Inputs) };
        response.Failures.AddRange(outcome.Failures.Select(f => f.ByTopLevelProperty()).Select(f => new Pulumirpc.CheckFailure { Property = f.Property, Reason = f.Reason }));
        return Task.FromResult(response);
    }

    private async Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken ct)
    {
        var resource = Resource(request.Type, request.Urn);
        var oldOutputs = SecretValues.Reveal(Decode(request.Olds, "olds"));
        var oldInputs = request.OldInputs is null ? resource.InputsFromOutputs(oldOutputs) : SecretValues.Reveal(Decode(request.OldInputs, "oldInputs"));
        var diffContext = new DiffContext(oldOutputs, oldInputs, SecretValues.Reveal(Decode(request.News, "news")), _time.GetUtcNow());
        var outcome = DiffEngine.Compute(resource.Inputs, resource.Noun, diffContext, request.IgnoreChanges.ToHashSet(), resource.DeleteBeforeReplace);
        if (_client is { } client && !_replacementNotes.IsRefresh(request.Urn) && resource.MoveReason(client, oldOutputs) is { } move)
        {
            outcome = outcome.WithMove(resource.LocationProperty, move, resource.Noun, resource.DeleteBeforeReplace(diffContext));
        }

        if (outcome.Explanation is { } why && _replacementNotes.ShouldExplain(request.Urn, why.Message))
        {
            await Log.LogAsync(why.DependsOnState ? LogSeverity.Warning : LogSeverity.Info, why.Message, request.Urn);
        }

        return ToResponse(outcome);
    }

    private static DiffResponse ToResponse(DiffOutcome outcome)
    {
        var response = new DiffResponse
        {
            Changes = outcome.HasChanges ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
            HasDetailedDiff = true,
            DeleteBeforeReplace = outcome.DeleteBeforeReplace,
        };
        response.Diffs.AddRange(outcome.Changed);
        response.Replaces.AddRange(outcome.Replaces);
        foreach (var path in outcome.Paths)
        {
            response.DetailedDiff[path.Path] = new PropertyDiff { Kind = Kind(path), InputDiff = path.InputDiff };
        }

        return response;
    }

    private static PropertyDiff.Types.Kind Kind(PathChange change) => (change.Kind, change.Replace) switch
    {
        (PathChangeKind.Add, false) => PropertyDiff.Types.Kind.Add,
        (PathChangeKind.Add, true) => PropertyDiff.Types.Kind.AddReplace,
        (PathChangeKind.Delete, false) => PropertyDiff.Types.Kind.Delete,
        (PathChangeKind.Delete, true) => PropertyDiff.Types.Kind.DeleteReplace,
        (_, false) => PropertyDiff.Types.Kind.Update,
        _ => PropertyDiff.Types.Kind.UpdateReplace,
    };

    /// <summary>Garbage in a Struct is the caller's error: INVALID_ARGUMENT naming the field.</summary>
    private static PropertyMap Decode(Google.Protobuf.WellKnownTypes.Struct? value, string field)
    {
        try
        {
            return StructCodec.Decode(value);
        }
        catch (PropertyValueFormatException e)
        {
            throw StatusDetails.Error(StatusCode.InvalidArgument, $"{field}: {e.Message}");
        }
    }
}
