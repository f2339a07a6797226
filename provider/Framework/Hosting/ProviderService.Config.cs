using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    private Task<CheckResponse> CheckConfigAsync(CheckRequest request, CancellationToken ct)
    {
        var outcome = ConfigValues.Normalize(_definition.Config, Decode(request.News, "news"), _definition.Package.Name, rejectUnknownKeys: true);
        var response = new CheckResponse { Inputs = StructCodec.Encode(outcome.Inputs) };
        foreach (var f in outcome.Failures)
        {
            response.Failures.Add(new Pulumirpc.CheckFailure { Property = f.Property, Reason = f.Reason });
        }

        return Task.FromResult(response);
    }

    /// <summary>Configuration changes reconfigure the client; they never replace the provider (which would replace every resource).</summary>
    private Task<DiffResponse> DiffConfigAsync(DiffRequest request, CancellationToken ct)
    {
        var olds = Typed(Decode(request.OldInputs ?? request.Olds, "olds"));
        var news = Typed(Decode(request.News, "news"));
        var response = new DiffResponse { Changes = DiffResponse.Types.DiffChanges.DiffNone, HasDetailedDiff = true };
        foreach (var key in olds.Keys.Union(news.Keys).Where(k => _definition.Config.Any(c => c.Name == k)).Order(StringComparer.Ordinal))
        {
            if (!ValueReading.SameValue(olds.GetOrNull(key), news.GetOrNull(key)))
            {
                response.Changes = DiffResponse.Types.DiffChanges.DiffSome;
                response.Diffs.Add(key);
                var kind = !olds.ContainsKey(key) ? PropertyDiff.Types.Kind.Add : !news.ContainsKey(key) ? PropertyDiff.Types.Kind.Delete : PropertyDiff.Types.Kind.Update;
                response.DetailedDiff[key] = new PropertyDiff { Kind = kind, InputDiff = true };
            }
        }

        return Task.FromResult(response);
    }

    private Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request, CancellationToken ct)
    {
        var raw = request.Args is { Fields.Count: > 0 } ? Decode(request.Args, "args") : FromVariables(request.Variables);
        var outcome = ConfigValues.Normalize(_definition.Config, raw, _definition.Package.Name, rejectUnknownKeys: false);
        if (outcome.Failures.Count > 0)
        {
            throw StatusDetails.Error(StatusCode.InvalidArgument, string.Join("; ", outcome.Failures.Select(f => $"{_definition.Package.Name}:{f.Property}: {f.Reason}")));
        }

        var config = SecretValues.Reveal(outcome.Inputs);
        try
        {
            var client = _definition.Configure(config);
            var old = Interlocked.Exchange(ref _client, client);
            (old as IDisposable)?.Dispose();
        }
        catch (MissingConfigurationException missing)
        {
            var details = new ConfigureErrorMissingKeys();
            details.MissingKeys.AddRange(missing.Keys.Select(k => new ConfigureErrorMissingKeys.Types.MissingKey { Name = k.Name, Description = k.Description }));
            throw StatusDetails.Error(StatusCode.InvalidArgument, missing.Message, [Any.Pack(details)]);
        }
        catch (ProviderException e)
        {
            throw ErrorMapping.ToStatus(e);
        }

        return Task.FromResult(new ConfigureResponse
        {
            AcceptSecrets = true,
            SupportsPreview = true,
            AcceptResources = true,
            AcceptOutputs = false,
            SupportsAutonamingConfiguration = true,
        });
    }

    /// <summary>Older engines send only "variables": keys <c>pkg:config:key</c>, every value as text.</summary>
    private PropertyMap FromVariables(IDictionary<string, string> variables)
    {
        var prefix = _definition.Package.Name + ":config:";
        return PropertyMap.Of(variables.Select(kv => KeyValuePair.Create(
            kv.Key.StartsWith(prefix, StringComparison.Ordinal) ? kv.Key[prefix.Length..] : kv.Key,
            PropertyValue.From(kv.Value))));
    }

    /// <summary>Config compared by meaning: "3" and 3 are the same retry count, a secret null is no value.</summary>
    private PropertyMap Typed(PropertyMap raw) => ConfigValues.Normalize(_definition.Config, raw, _definition.Package.Name, rejectUnknownKeys: false).Inputs;
}
