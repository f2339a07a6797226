using System.Text;

namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>Percent-encoding as Alibaba signs it: only A–Z a–z 0–9 - _ . ~ stay literal (space → %20, * → %2A).</summary>
public static class Rfc3986
{
    public static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Sorted, encoded "k=v" pairs joined by &amp; (byte order of the encoded names).</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
}
