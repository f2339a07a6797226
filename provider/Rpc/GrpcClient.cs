using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace AlicloudLive.Rpc;

/// <summary>
/// A unary gRPC client over HTTP/2 cleartext with prior knowledge. A non-OK status becomes a
/// <see cref="GrpcException"/> with the decoded grpc-message and the details from grpc-status-details-bin;
/// an unreachable server is UNAVAILABLE; an expired timeout is DEADLINE_EXCEEDED; cancelling <c>ct</c> throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new("application/grpc");

    private readonly Uri _baseAddress;
    private readonly HttpClient _http;

    public GrpcClient(string address)
    {
        _baseAddress = GrpcAddress.Parse(address);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false, // loopback only; an HTTP proxy from the environment must not capture these calls
            EnableMultipleHttp2Connections = true,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(
        string path,
        TRequest request,
        MessageParser<TResponse> parser,
        TimeSpan? timeout = null,
        CancellationToken ct = default)
        where TRequest : IMessage
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(GrpcFraming.Frame(request.ToByteArray())),
        };
        message.Content.Headers.ContentType = GrpcContentType;
        message.Headers.TryAddWithoutValidation("te", "trailers");
        using var deadline = new CancellationTokenSource();
        if (timeout is { } t)
        {
            message.Headers.TryAddWithoutValidation("grpc-timeout", GrpcTimeout.Format(t));
            deadline.CancelAfter(t);
        }

        using var call = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, call.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(call.Token).ConfigureAwait(false);
            ThrowIfNotOk(path, response);
            var payload = GrpcFraming.ParseSingleMessage(body)
                ?? throw new GrpcException(StatusCode.Internal, $"{path} returned OK without a message");
            return parser.ParseFrom(payload);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new GrpcException(StatusCode.DeadlineExceeded, $"{path}: deadline of {timeout} exceeded");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new GrpcException(StatusCode.Unavailable, $"{path}: {e.Message}");
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new GrpcException(StatusCode.Internal, $"{path}: response message does not parse: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    private static void ThrowIfNotOk(string path, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new GrpcException(FromHttpStatus(response.StatusCode), $"{path}: HTTP {(int)response.StatusCode} from the server");
        }

        // Trailers-only responses carry the status in the headers.
        var fields = Header(response.Headers, "grpc-status") is null ? response.TrailingHeaders : response.Headers;
        var status = Header(fields, "grpc-status")
            ?? throw new GrpcException(StatusCode.Internal, $"{path}: response has no grpc-status");
        if (!int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            throw new GrpcException(StatusCode.Internal, $"{path}: malformed grpc-status '{status}'");
        }

        if (code != 0)
        {
            var details = Header(fields, StatusDetails.HeaderName) is { } bin ? StatusDetails.Decode(bin) : [];
            throw new GrpcException((StatusCode)code, GrpcMessageEncoding.Decode(Header(fields, "grpc-message") ?? ""), details);
        }
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>The gRPC spec's mapping for HTTP errors that carry no grpc-status.</summary>
    private static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
