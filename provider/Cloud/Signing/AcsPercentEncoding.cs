using System.Text;

namespace AlicloudLive.Cloud.Signing;

/// <summary>
/// RFC 3986 percent-encoding as Alibaba Cloud signs it: only A–Z a–z 0–9 - _ . ~ stay literal, every other UTF-8
/// byte becomes %XX with upper-case hex (so space is %20, * is %2A, ~ stays ~).
/// </summary>
public static class AcsPercentEncoding
{
    private const string Hex = "0123456789ABCDEF";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        var result = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                result.Append((char)b);
            }
            else
            {
                result.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return result.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
