using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Rpc;

/// <summary>Writes a call's outcome: a framed message plus OK trailers, or a trailers-only error response.</summary>
internal static class GrpcStatusWriter
{
    public const string ContentType = "application/grpc";

    public static async Task WriteMessageAsync(HttpResponse response, byte[] message, CancellationToken ct)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        await response.BodyWriter.WriteAsync(GrpcFraming.Frame(message), ct).ConfigureAwait(false);
        response.AppendTrailer("grpc-status", "0");
    }

    /// <summary>Trailers-only when nothing was sent yet (status in the HEADERS frame), else real trailers.</summary>
    public static void WriteError(HttpResponse response, StatusCode code, string message, IReadOnlyList<Any> details)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grpc-status", ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("grpc-message", GrpcMessageEncoding.Encode(message)),
        };
        if (details.Count > 0)
        {
            fields.Add(new(StatusDetails.HeaderName, StatusDetails.Encode(code, message, details)));
        }

        if (response.HasStarted)
        {
            foreach (var (name, value) in fields)
            {
                response.AppendTrailer(name, value);
            }

            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        foreach (var (name, value) in fields)
        {
            response.Headers[name] = value;
        }
    }
}
