using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace AlicloudLive.Reliability.Tests.Support;

/// <summary>
/// Hand-built HTTP/2 gRPC requests to the plugin binary: any bytes in the body, any headers, and no client-side
/// deadline, so what comes back is the server's own answer.
/// </summary>
public static class RawGrpc
{
    public const string Service = "/pulumirpc.ResourceProvider/";

    /// <summary>The server's answer: grpc-status and grpc-message from the trailers (or the headers of a trailers-only reply).</summary>
    public sealed record Answer(int? GrpcStatus, string GrpcMessage);

    /// <summary>A length-prefixed message: compressed flag, 4-byte big-endian length (as declared), then the payload.</summary>
    public static byte[] Frame(byte[] payload, byte flag = 0, uint? declaredLength = null)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), declaredLength ?? (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static async Task<Answer> PostAsync(int port, string rpc, byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}{Service}{rpc}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync(); // the trailers arrive after the body
        var status = Header(response.TrailingHeaders, "grpc-status") ?? Header(response.Headers, "grpc-status");
        var message = Header(response.TrailingHeaders, "grpc-message") ?? Header(response.Headers, "grpc-message") ?? "";
        return new Answer(status is null ? null : int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), Uri.UnescapeDataString(message));
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
