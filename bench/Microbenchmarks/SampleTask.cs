using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Resources.Provider;
using AlicloudLive.Values;

namespace AlicloudLive.Microbenchmarks;

/// <summary>A pull-to-push task as the engine sends it: the program's inputs and the outputs recorded after a create.</summary>
internal static class SampleTask
{
    public const string Token = "alicloud-live:live:PullToPushTask";

    /// <summary>A fixed clock: the task starts an hour after it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ResourceDefinition<AlibabaCloudClient> Definition { get; } =
        new AlicloudLiveProvider(ProviderEnvironment.FromProcess()).Resources.Single(r => r.Token == Token);

    public static PropertyMap Inputs(string sourceUrl = "rtmp://source.example.com/app/in") => PropertyMap.Of(
        ("region", PropertyValue.From("cn-shanghai")),
        ("taskName", PropertyValue.From("bench-task")),
        ("sourceType", PropertyValue.From("live")),
        ("sourceProtocol", PropertyValue.From("rtmp")),
        ("sourceUrls", new ArrayValue([PropertyValue.From(sourceUrl)])),
        ("dstUrl", PropertyValue.From("rtmp://push.example.com/app/stream")),
        ("startTime", PropertyValue.From(Utc(Now.AddHours(1)))),
        ("endTime", PropertyValue.From(Utc(Now.AddHours(3)))),
        ("callbackUrl", new SecretValue(PropertyValue.From("https://hooks.example.com/task?token=t0k3n"))),
        ("retryCount", PropertyValue.From(3)),
        ("retryInterval", PropertyValue.From(60)));

    /// <summary>The outputs Create recorded, with the task in <paramref name="status"/>.</summary>
    public static PropertyMap Outputs(string status) => Inputs()
        .Set("taskId", PropertyValue.From("6f1c2a9e-3b7d-4c1e-9a51-2d3f4b5c6d7e"))
        .Set("status", PropertyValue.From(status))
        .Set("invalidReason", PropertyValue.From(""))
        .Set("exitReason", PropertyValue.From(""));

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
