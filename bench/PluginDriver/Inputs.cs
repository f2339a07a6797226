using System.Globalization;
using AlicloudLive.Values;

namespace AlicloudLive.PluginDriver;

/// <summary>Program inputs for the resources the figures create, each with its own unique key.</summary>
internal static class Inputs
{
    public const string PullToPushTask = "alicloud-live:live:PullToPushTask";
    public const string EdgeTranscodeJob = "alicloud-live:live:EdgeTranscodeJob";
    public const string LiveTranscodeJob = "alicloud-live:ice:LiveTranscodeJob";

    /// <summary>A live task in cn-shanghai starting an hour from now; its dstUrl is unique per <paramref name="n"/>.</summary>
    public static PropertyMap Task(int n, DateTimeOffset now) => PropertyMap.Of(
        ("region", PropertyValue.From("cn-shanghai")),
        ("sourceType", PropertyValue.From("live")),
        ("sourceProtocol", PropertyValue.From("rtmp")),
        ("sourceUrls", new ArrayValue([PropertyValue.From("rtmp://source.example.com/app/in")])),
        ("dstUrl", PropertyValue.From($"rtmp://push.example.com/bench/stream{n}")),
        ("startTime", PropertyValue.From(Utc(now.AddHours(1)))),
        ("endTime", PropertyValue.From(Utc(now.AddHours(3)))));

    /// <summary>A running edge job in the seed cluster.</summary>
    public static PropertyMap EdgeJob(int n) => PropertyMap.Of(
        ("clusterId", PropertyValue.From("edge-cluster-1")),
        ("templateId", PropertyValue.From("edge-tpl-720p")),
        ("streamInput", PropertyValue.From($"rtmp://live.example.com/bench/in{n}")),
        ("streamOutput", PropertyValue.From($"rtmp://push.example.com/bench/out{n}")));

    /// <summary>An immediate (running) ICE job; its input stream is unique per <paramref name="n"/>.</summary>
    public static PropertyMap IceJob(int n) => PropertyMap.Of(
        ("templateId", PropertyValue.From("ice-tpl-hd")),
        ("streamInput", new ObjectValue(PropertyMap.Of(("inputUrl", PropertyValue.From($"rtmp://live.example.com/bench/in{n}"))))),
        ("transcodeOutput", new ObjectValue(PropertyMap.Of(("domainName", PropertyValue.From("play.example.com"))))));

    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
