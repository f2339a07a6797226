using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AlicloudLive.Rpc;

/// <summary>
/// Errors as handlers throw them: a status whose message is the detail alone, with any error details in the
/// grpc-status-details-bin trailer (a google.rpc.Status), which the engine reads for ErrorResourceInitFailed and
/// ConfigureErrorMissingKeys.
/// </summary>
public static class StatusDetails
{
    public const string HeaderName = "grpc-status-details-bin";

    /// <summary>A status with <paramref name="details"/> attached, if any.</summary>
    public static RpcException Error(StatusCode code, string message, IEnumerable<Any>? details = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details ?? []);
        var trailers = new Metadata();
        if (status.Details.Count > 0)
        {
            trailers.Add(HeaderName, status.ToByteArray());
        }

        return new RpcException(new Status(code, message), trailers, message);
    }

    /// <summary>The details a status carries; undecodable values yield none rather than a second error.</summary>
    public static IReadOnlyList<Any> Details(this RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Trailers.GetValueBytes(HeaderName) is not { } value)
        {
            return [];
        }

        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(value).Details;
        }
        catch (InvalidProtocolBufferException)
        {
            return [];
        }
    }
}
