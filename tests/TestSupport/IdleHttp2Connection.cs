using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace AlicloudLive.TestSupport;

/// <summary>
/// A raw HTTP/2 connection (RFC 9113 frames on a socket, no client library in the way) that does the connection
/// preface and then sits idle, recording every frame the server sends, as the engine's connection does between two
/// steps of a deployment.
/// </summary>
public sealed class IdleHttp2Connection : IAsyncDisposable
{
    private const byte SettingsFrame = 0x4;
    private const byte PingFrame = 0x6;
    private const byte GoAwayFrame = 0x7;
    private const byte AckFlag = 0x1;
    private static readonly byte[] Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly List<string> _frames = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly TaskCompletionSource _pingAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _closed;

    private IdleHttp2Connection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = ReadFramesAsync(_stop.Token);
    }

    /// <summary>What the server sent, in order: frame type names (GOAWAY with its error code).</summary>
    public IReadOnlyList<string> Frames
    {
        get
        {
            lock (_frames)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>Why the connection ended, or null while it is open.</summary>
    public string? Closed => _closed;

    public static async Task<IdleHttp2Connection> OpenAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var connection = new IdleHttp2Connection(tcp);
        await connection._stream.WriteAsync(Preface);
        await connection.WriteFrameAsync(SettingsFrame, 0, []);
        return connection;
    }

    /// <summary>Sends a PING and waits for its ACK: the server still serves this connection.</summary>
    public async Task<bool> PingAsync(TimeSpan timeout)
    {
        await WriteFrameAsync(PingFrame, 0, new byte[8]);
        return await _pingAcknowledged.Task.WaitAsync(timeout).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _tcp.Dispose();
        await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task WriteFrameAsync(byte type, byte flags, byte[] payload)
    {
        var frame = new byte[9 + payload.Length];
        frame[0] = (byte)(payload.Length >> 16);
        frame[1] = (byte)(payload.Length >> 8);
        frame[2] = (byte)payload.Length;
        frame[3] = type;
        frame[4] = flags;
        payload.CopyTo(frame, 9);
        await _stream.WriteAsync(frame);
    }

    private async Task ReadFramesAsync(CancellationToken ct)
    {
        var header = new byte[9];
        try
        {
            while (true)
            {
                await _stream.ReadExactlyAsync(header, ct);
                var length = (header[0] << 16) | (header[1] << 8) | header[2];
                var (type, flags) = (header[3], header[4]);
                var payload = new byte[length];
                await _stream.ReadExactlyAsync(payload, ct);
                Record(type == GoAwayFrame ? $"GOAWAY {BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(4))}" : Name(type));
                if (type == SettingsFrame && (flags & AckFlag) == 0)
                {
                    await WriteFrameAsync(SettingsFrame, AckFlag, []);
                }
                else if (type == PingFrame && (flags & AckFlag) != 0)
                {
                    _pingAcknowledged.TrySetResult();
                }
            }
        }
        catch (EndOfStreamException)
        {
            _closed = "the server closed the connection";
        }
        catch (IOException e) when (!ct.IsCancellationRequested)
        {
            _closed = $"the connection failed: {e.Message}";
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Disposed by the test.
        }
    }

    private void Record(string frame)
    {
        lock (_frames)
        {
            _frames.Add(frame);
        }
    }

    private static string Name(byte type) => type switch
    {
        0x0 => "DATA",
        0x1 => "HEADERS",
        0x3 => "RST_STREAM",
        SettingsFrame => "SETTINGS",
        PingFrame => "PING",
        0x8 => "WINDOW_UPDATE",
        _ => $"type {type}",
    };
}
