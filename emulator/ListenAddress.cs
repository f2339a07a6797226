using System.Globalization;
using System.Net;

namespace AlicloudLive.Emulator;

/// <summary>Parses --listen (HOST:PORT) and refuses anything that is not a loopback address.</summary>
public static class ListenAddress
{
    public static IPEndPoint Parse(string listen)
    {
        var colon = listen.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(listen[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new ArgumentException($"--listen \"{listen}\" is not HOST:PORT (for example 127.0.0.1:0).");
        }

        var host = listen[..colon].Trim('[', ']');
        var address = host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : throw new ArgumentException($"--listen host \"{host}\" is not an IP address or localhost.");
        return IPAddress.IsLoopback(address)
            ? new IPEndPoint(address, port)
            : throw new ArgumentException($"--listen {listen} is not a loopback address; the emulator only listens on loopback (127.0.0.1, ::1, localhost).");
    }
}
