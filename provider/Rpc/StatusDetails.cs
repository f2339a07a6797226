using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc;

/// <summary>The grpc-status-details-bin trailer: a google.rpc.Status carrying the error details.</summary>
internal static class StatusDetails
{
    public const string HeaderName = "grpc-status-details-bin";

    public static byte[] Encode(StatusCode code, string message, IEnumerable<Any> details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details);
        return status.ToByteArray();
    }

    /// <summary>Undecodable values yield no details rather than a second error.</summary>
    public static IReadOnlyList<Any> Decode(byte[] value)
    {
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
