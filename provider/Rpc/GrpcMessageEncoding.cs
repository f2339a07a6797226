using System.Text;

namespace AlicloudLive.Rpc;

/// <summary>
/// Percent-encoding of the grpc-message trailer: UTF-8 bytes outside 0x20–0x7E, and '%' itself, become %XX.
/// </summary>
internal static class GrpcMessageEncoding
{
    public static string Encode(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes %XX sequences; a '%' not followed by two hex digits is kept as it is.</summary>
    public static string Decode(string encoded)
    {
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return encoded;
        }

        var bytes = new List<byte>(encoded.Length);
        Span<byte> utf8 = stackalloc byte[4];
        var i = 0;
        while (i < encoded.Length)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 3;
                continue;
            }

            Rune.DecodeFromUtf16(encoded.AsSpan(i), out var rune, out var consumed);
            var written = rune.EncodeToUtf8(utf8);
            bytes.AddRange(utf8[..written]);
            i += consumed;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
