namespace AlicloudLive.Rpc;

/// <summary>Turns "127.0.0.1:1234", ":1234" or "http://127.0.0.1:1234" into a plaintext base URI.</summary>
public static class GrpcAddress
{
    public static Uri Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var text = address.Trim();
        if (text.StartsWith(':'))
        {
            text = "127.0.0.1" + text;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || (uri.IsDefaultPort && !text.EndsWith(":80", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{address}' is not a plaintext gRPC address such as 127.0.0.1:1234", nameof(address));
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority));
    }
}
