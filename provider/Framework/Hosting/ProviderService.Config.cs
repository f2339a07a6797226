using System.Text.Json;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

public sealed partial class ProviderService<TClient>
{
    private Task<CheckResponse> CheckConfigAsync(CheckRequest request, GrpcCallContext context)
    {
        var news = Decode(request.News, "news");
        var response = new CheckResponse { Inputs = request.News ?? new Struct() };
        foreach (var f in CheckEngine.CheckConfig(_definition.Config, news, _definition.Package.Name))
        {
            response.Failures.Add(new Pulumirpc.CheckFailure { Property = f.Property, Reason = f.Reason });
        }

        return Task.FromResult(response);
    }

    /// <summary>Configuration changes reconfigure the client; they never replace the provider (which would replace every resource).</summary>
    private Task<DiffResponse> DiffConfigAsync(DiffRequest request, GrpcCallContext context)
    {
        var olds = Decode(request.OldInputs ?? request.Olds, "olds");
        var news = Decode(request.News, "news");
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

    private Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request, GrpcCallContext context)
    {
        var config = SecretValues.Reveal(request.Args is { Fields.Count: > 0 } ? Decode(request.Args, "args") : FromVariables(request.Variables));
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
            throw new GrpcException(StatusCode.InvalidArgument, missing.Message, [Any.Pack(details)]);
        }
        catch (ProviderException e)
        {
            throw new GrpcException(e.Code, e.Message);
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

    /// <summary>
    /// Older engines send only "variables": keys <c>pkg:config:key</c>, strings as-is and other values JSON-encoded.
    /// </summary>
    private PropertyMap FromVariables(IDictionary<string, string> variables)
    {
        var prefix = _definition.Package.Name + ":config:";
        var result = PropertyMap.Empty;
        foreach (var (key, raw) in variables)
        {
            var name = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
            var declared = _definition.Config.FirstOrDefault(c => c.Name == name);
            result = result.Set(name, declared?.Type == TypeRef.String ? PropertyValue.From(raw) : ParseJsonScalar(raw));
        }

        return result;
    }

    private static PropertyValue ParseJsonScalar(string raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Number => PropertyValue.From(doc.RootElement.GetDouble()),
                JsonValueKind.True => PropertyValue.From(true),
                JsonValueKind.False => PropertyValue.From(false),
                JsonValueKind.String => PropertyValue.From(doc.RootElement.GetString()!),
                _ => PropertyValue.From(raw),
            };
        }
        catch (JsonException)
        {
            return PropertyValue.From(raw);
        }
    }
}
