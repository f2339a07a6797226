using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>An RPC request as received: decoded query and form pairs, headers and raw body.</summary>
public sealed record IncomingRequest(
    string Method,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Form,
    IHeaderDictionary Headers,
    byte[] Body)
{
    /// <summary>Query and form together; a form value wins over a query value of the same name.</summary>
    public IReadOnlyDictionary<string, string> AllParameters()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in Query.Concat(Form))
        {
            all[k] = v;
        }

        return all;
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) && v.Count > 0 ? string.Join(',', v.ToArray()) : null;
}
