using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace AlicloudLive.Rpc.Tests;

/// <summary>Hand-made HTTP/2 gRPC requests, to test the server without our own client in the way.</summary>
internal static class RawGrpc
{
    public sealed record Reply(HttpStatusCode HttpStatus, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string> Status);

    public static byte[] Frame(byte flag, uint length, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static byte[] Frame(byte[] payload) => Frame(0, (uint)payload.Length, payload);

    /// <summary>Posts a body; Status holds grpc-* fields from the trailers or, for trailers-only replies, the headers.</summary>
    public static async Task<Reply> PostAsync(
        int port,
        string path,
        byte[] body,
        string contentType = "application/grpc",
        IReadOnlyDictionary<string, string>? headers = null,
        HttpMethod? method = null)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, $"http://127.0.0.1:{port}{path}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (method is null || method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var status = Grpc(response.TrailingHeaders);
        foreach (var (name, value) in Grpc(response.Headers))
        {
            status[name] = value;
        }

        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes, status);
    }

    private static Dictionary<string, string> Grpc(HttpHeaders headers) =>
        headers.Where(h => h.Key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
}
