using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc;

/// <summary>The grpc-status-details-bin trailer: a base64 google.rpc.Status carrying the error details.</summary>
internal static class StatusDetails
{
    public const string HeaderName = "grpc-status-details-bin";

    /// <summary>Unpadded base64, which the gRPC spec asks senders to emit.</summary>
    public static string Encode(StatusCode code, string message, IEnumerable<Any> details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details);
        return Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
    }

    /// <summary>Decodes padded or unpadded base64; undecodable values yield no details rather than a second error.</summary>
    public static IReadOnlyList<Any> Decode(string value)
    {
        var padded = value.Trim();
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(padded)).Details;
        }
        catch (Exception e) when (e is FormatException or InvalidProtocolBufferException)
        {
            return [];
        }
    }
}
