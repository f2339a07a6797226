using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;
using CheckFailure = AlicloudLive.Framework.Checking.CheckFailure;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    /// <summary>
    /// A lookup: arguments checked like resource inputs (failures answered as InvokeResponse failures, before any
    /// cloud call), then the read-only body, in a preview too. The result echoes the inputs; it is secret where an
    /// output is declared secret, and wholly secret when any argument was (it is chosen by, and may contain, the secret).
    /// </summary>
    private async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken ct)
    {
        var function = Function(request.Tok);
        var args = Decode(request.Args, "args");
        var input = new CheckInput(function.Token, args, PropertyMap.Empty, [], null, _time.GetUtcNow());
        var outcome = CheckEngine.Run(input, function.Token, function.Inputs, null, function.Validate);
        var failures = outcome.Failures.Concat(UnknownArguments(outcome.Inputs)).ToList();
        if (failures.Count > 0)
        {
            var rejected = new InvokeResponse();
            rejected.Failures.AddRange(failures.Select(f => new Pulumirpc.CheckFailure { Property = f.Property, Reason = f.Reason }));
            return rejected;
        }

        var client = RequireClient();
        using var token = OperationToken(ct, 0);
        var plainInputs = SecretValues.Reveal(outcome.Inputs);
        var context = new InvokeContext(function.Token, plainInputs, request.Preview, _time.GetUtcNow(), token.Token);
        PropertyMap found;
        try
        {
            found = await function.InvokeAsync(client, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            var error = ErrorMapping.ToGrpc(e, "invoke", function.Token, _definition.TranslateError, map => map, PropertyMap.Empty, refreshBeforeUpdate: false, _cancelled.IsCancellationRequested);
            var prefix = $"invoke of {function.Token}";
            var message = error.Status.Detail.StartsWith(prefix, StringComparison.Ordinal) ? error.Status.Detail : $"{prefix} failed: {error.Status.Detail}";
            throw StatusDetails.Error(error.StatusCode, WithoutSecrets(message, outcome.Inputs), error.Details());
        }

        var result = plainInputs.Where(kv => !found.ContainsKey(kv.Key)).Aggregate(found, (map, kv) => map.Set(kv.Key, kv.Value));
        return new InvokeResponse { Return = StructCodec.Encode(SecureResult(function, result, outcome.Inputs)) };
    }

    private FunctionDefinition<TClient> Function(string token) =>
        _functions.TryGetValue(token, out var f)
            ? f
            : throw StatusDetails.Error(StatusCode.InvalidArgument, _functions.Count == 0
                ? $"unknown function '{token}'; this provider has no functions"
                : $"unknown function '{token}'; this provider has {string.Join(", ", _functions.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>A lookup runs on known values only; SDKs never invoke with unknowns, other clients are told why.</summary>
    private static IEnumerable<CheckFailure> UnknownArguments(PropertyMap inputs) =>
        inputs.Where(kv => kv.Value.ContainsUnknowns)
            .Select(kv => new CheckFailure(kv.Key, "must be known: a lookup cannot run on a value that is computed during the deployment"));

    /// <summary>A cloud message may quote what was sent: a secret argument's text is cut out of it.</summary>
    private static string WithoutSecrets(string message, PropertyMap inputs) =>
        inputs.Where(kv => kv.Value.ContainsSecrets)
            .Select(kv => SecretValues.Reveal(kv.Value))
            .OfType<StringValue>()
            .Where(s => s.Value.Length > 0)
            .Aggregate(message, (text, secret) => text.Replace(secret.Value, "[secret]", StringComparison.Ordinal));

    private static PropertyMap SecureResult(FunctionDefinition<TClient> function, PropertyMap result, PropertyMap inputs)
    {
        if (inputs.ContainsSecrets)
        {
            return PropertyMap.Of(result.Select(kv => KeyValuePair.Create(kv.Key, SecretValues.MakeSecret(kv.Value))));
        }

        return Secrecy.Apply(result, inputs, function.Inputs.Concat(function.Outputs));
    }
}
