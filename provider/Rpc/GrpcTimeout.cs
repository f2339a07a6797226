using System.Globalization;

namespace AlicloudLive.Rpc;

/// <summary>The grpc-timeout header: at most 8 ASCII digits and a unit (H, M, S, m, u, n).</summary>
internal static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    /// <summary>Longest timeout we turn into a timer; longer ones mean "no deadline" (CancelAfter's limit).</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    /// <summary>Parses a header value; null for a timeout too long to matter. Malformed → INVALID_ARGUMENT.</summary>
    public static TimeSpan? Parse(string value)
    {
        var digits = value.Length - 1;
        if (digits is < 1 or > 8
            || !long.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            throw Malformed(value);
        }

        var timeout = value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromMicroseconds(amount),
            'n' => TimeSpan.FromTicks(amount / 100),
            _ => throw Malformed(value),
        };
        return timeout > Longest ? null : timeout;
    }

    /// <summary>Formats a timeout in the finest unit that fits 8 digits, rounding up so it never reads as 0.</summary>
    public static string Format(TimeSpan timeout)
    {
        var ms = Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds));
        if (ms <= MaxValue)
        {
            return ms.ToString(CultureInfo.InvariantCulture) + "m";
        }

        var seconds = (long)Math.Ceiling(timeout.TotalSeconds);
        if (seconds <= MaxValue)
        {
            return seconds.ToString(CultureInfo.InvariantCulture) + "S";
        }

        return Math.Min(MaxValue, (long)Math.Ceiling(timeout.TotalHours)).ToString(CultureInfo.InvariantCulture) + "H";
    }

    private static GrpcException Malformed(string value) =>
        new(StatusCode.InvalidArgument, $"malformed grpc-timeout header '{value}'");
}
