using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc;

/// <summary>
/// A non-OK gRPC status. Handlers throw it to choose the status a caller sees; <see cref="GrpcClient"/> throws it
/// when a call ends with one. <see cref="Details"/> travel in grpc-status-details-bin as google.rpc.Status.details.
/// </summary>
public class GrpcException : Exception
{
    public GrpcException(StatusCode code, string message, IEnumerable<Any>? details = null)
        : base(message)
    {
        Code = code;
        Details = details?.ToArray() ?? [];
    }

    public StatusCode Code { get; }

    public IReadOnlyList<Any> Details { get; }

    public override string ToString() => $"{nameof(GrpcException)}: {Code}: {Message}";
}
