using AlicloudLive.Framework.Checking;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    /// <summary>
    /// Builds a component: checks its inputs (no Check RPC precedes Construct), registers it and its children with the
    /// monitor the request names, registers its outputs and answers them with the URNs each depends on. Secrets stay
    /// wrapped; in a preview, what depends on an unknown is unknown.
    /// </summary>
    private async Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken call)
    {
        if (!_components.TryGetValue(request.Type, out var component))
        {
            throw StatusDetails.Error(StatusCode.InvalidArgument, $"unknown component type '{request.Type}'; this provider builds {string.Join(", ", _components.Keys)}");
        }

        if (request.MonitorEndpoint.Length == 0)
        {
            throw StatusDetails.Error(StatusCode.InvalidArgument, "Construct needs the engine's monitorEndpoint to register the component with");
        }

        var input = new CheckInput(request.Name, DecodeArgument(request.Inputs), PropertyMap.Empty, [], null, _time.GetUtcNow());
        var checkedInputs = CheckEngine.Run(input, component.Token, component.Inputs, autoNameProperty: null, _ => []);
        if (checkedInputs.Failures.Count > 0)
        {
            var problems = checkedInputs.Failures.Select(f => $"{f.Property} {f.Reason}");
            throw StatusDetails.Error(StatusCode.InvalidArgument, $"{component.Token} {request.Name}: {string.Join("; ", problems)}");
        }

        using var connection = new ResourceMonitorConnection(request.MonitorEndpoint);
        // The engine's Cancel stops waiting on the monitor too, as it stops every other operation.
        using var operation = OperationToken(call, timeoutSeconds: 0);
        var ct = operation.Token;
        var registered = await MonitorComponentContext.RegisterAsync(connection.Monitor, request, checkedInputs.Inputs, _definition.Package.Version, ct);
        var outputs = await component.ConstructAsync(registered);

        // Outside a preview the engine keeps no unknowns: an output still unknown then (a child whose create a
        // targeted update skipped) is left out, as the Go SDK's construct leaves it out.
        var secretOutputs = request.AdditionalSecretOutputs.ToHashSet(StringComparer.Ordinal);
        var state = PropertyMap.Of(outputs
            .Where(o => request.DryRun || !o.Value.Value.ContainsUnknowns)
            .Select(o => KeyValuePair.Create(o.Key, secretOutputs.Contains(o.Key) ? SecretValues.MakeSecret(o.Value.Value) : o.Value.Value)));
        var encoded = StructCodec.Encode(state);
        await connection.Monitor.RegisterResourceOutputsAsync(
            new RegisterResourceOutputsRequest { Urn = registered.Urn, Outputs = encoded }, cancellationToken: ct);

        var response = new ConstructResponse { Urn = registered.Urn, State = encoded };
        foreach (var (key, output) in outputs.Where(o => state.ContainsKey(o.Key)))
        {
            var dependencies = new ConstructResponse.Types.PropertyDependencies();
            dependencies.Urns.AddRange(output.Dependencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            response.StateDependencies[key] = dependencies;
        }

        return response;
    }

    /// <summary>Garbage in the inputs is the caller's error.</summary>
    private static PropertyMap DecodeArgument(Google.Protobuf.WellKnownTypes.Struct? inputs)
    {
        try
        {
            return StructCodec.Decode(inputs);
        }
        catch (PropertyValueFormatException e)
        {
            throw StatusDetails.Error(StatusCode.InvalidArgument, $"inputs: {e.Message}");
        }
    }
}
