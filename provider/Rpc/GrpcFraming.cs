using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;

namespace AlicloudLive.Rpc;

/// <summary>
/// The gRPC length-prefixed message: 1 byte compressed flag, 4 bytes big-endian length, then the message.
/// A unary body holds exactly one uncompressed message.
/// </summary>
internal static class GrpcFraming
{
    public const int HeaderSize = 5;

    /// <summary>64 MiB: far above any schema or state document, small enough to refuse nonsense lengths.</summary>
    public const int MaxMessageSize = 64 * 1024 * 1024;

    public static byte[] Frame(ReadOnlySpan<byte> message)
    {
        var frame = new byte[HeaderSize + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    /// <summary>Reads the whole body and returns its single message; malformed bodies throw INVALID_ARGUMENT.</summary>
    public static async Task<byte[]> ReadSingleMessageAsync(PipeReader reader, CancellationToken ct)
    {
        var result = await reader.ReadAtLeastAsync(HeaderSize, ct).ConfigureAwait(false);
        var buffer = result.Buffer;
        if (buffer.Length < HeaderSize)
        {
            throw Invalid(buffer.Length == 0
                ? "request body is empty: a unary call needs exactly one message"
                : $"request frame is truncated: {buffer.Length} of {HeaderSize} header bytes");
        }

        var (compressed, length) = ReadHeader(buffer.Slice(0, HeaderSize));
        reader.AdvanceTo(buffer.Start);
        if (compressed != 0)
        {
            throw Invalid(compressed == 1
                ? "compressed messages are not supported (send grpc-encoding identity)"
                : $"invalid compressed flag {compressed}");
        }

        if (length > MaxMessageSize)
        {
            throw Invalid($"request message of {length} bytes exceeds the {MaxMessageSize}-byte limit");
        }

        var total = HeaderSize + (int)length;
        result = await reader.ReadAtLeastAsync(total, ct).ConfigureAwait(false);
        buffer = result.Buffer;
        if (buffer.Length < total)
        {
            throw Invalid($"request frame is truncated: {buffer.Length - HeaderSize} of {length} message bytes");
        }

        var message = buffer.Slice(HeaderSize, length).ToArray();
        var hasExtra = buffer.Length > total;
        reader.AdvanceTo(buffer.GetPosition(total));
        while (!hasExtra && !result.IsCompleted)
        {
            result = await reader.ReadAsync(ct).ConfigureAwait(false);
            hasExtra = !result.Buffer.IsEmpty;
            reader.AdvanceTo(result.Buffer.End);
        }

        return hasExtra ? throw Invalid("request body has bytes after its single message") : message;
    }

    /// <summary>Splits a response body into its single message; null when the body is empty.</summary>
    public static byte[]? ParseSingleMessage(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        if (body.Length < HeaderSize)
        {
            throw new GrpcException(StatusCode.Internal, "response frame is truncated");
        }

        if (body[0] != 0)
        {
            throw new GrpcException(StatusCode.Internal, "compressed responses are not supported");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body[1..]);
        if (length != (uint)(body.Length - HeaderSize))
        {
            throw new GrpcException(StatusCode.Internal, $"response body holds {body.Length - HeaderSize} bytes, frame says {length}");
        }

        return body[HeaderSize..].ToArray();
    }

    private static (byte Compressed, uint Length) ReadHeader(ReadOnlySequence<byte> header)
    {
        Span<byte> bytes = stackalloc byte[HeaderSize];
        header.CopyTo(bytes);
        return (bytes[0], BinaryPrimitives.ReadUInt32BigEndian(bytes[1..]));
    }

    private static GrpcException Invalid(string message) => new(StatusCode.InvalidArgument, message);
}
