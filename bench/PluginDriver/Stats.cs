using System.Globalization;

namespace AlicloudLive.PluginDriver;

/// <summary>Nearest-rank percentiles and the number formats the report uses.</summary>
internal static class Stats
{
    public static TimeSpan Percentile(IReadOnlyCollection<TimeSpan> samples, double percent)
    {
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
