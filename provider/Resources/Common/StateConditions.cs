using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>Pieces of state conditions shared by resources: reading recorded times against the clock.</summary>
internal static class StateConditions
{
    /// <summary>The recorded time at <paramref name="path"/> (e.g. "timedConfig.startTime"), if any.</summary>
    public static DateTimeOffset? RecordedTime(PropertyMap map, string path)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            map = map.GetObject(parts[i]) ?? PropertyMap.Empty;
        }

        return map.GetString(parts[^1]) is { } text && Timestamps.TryParse(text, out var t) ? t : null;
    }

    /// <summary>Null when the recorded start time is still ahead; otherwise the blocker sentence.</summary>
    public static string? StartTimePassed(DiffContext context, PropertyMap recorded, string path, string noun) =>
        RecordedTime(recorded, path) is { } start && start <= context.Now
            ? $"once the {noun}'s start time has passed ({Timestamps.ToText(start)})"
            : null;
}
