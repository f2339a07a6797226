using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>Reads the query string and an x-www-form-urlencoded body without losing what was signed.</summary>
public static class IncomingRequestReader
{
    public static async Task<IncomingRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        var isForm = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        var form = isForm ? ParsePairs(System.Text.Encoding.UTF8.GetString(body)) : [];
        return new IncomingRequest(request.Method, ParsePairs(request.QueryString.Value ?? ""), form, request.Headers, body);
    }

    /// <summary>Splits "a=1&amp;b=2" into decoded pairs, keeping order and duplicates.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParsePairs(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add(new(Decode(key), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
