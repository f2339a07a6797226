using AlicloudLive.Lifecycle.Tests.Driver;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.RecordVodConfig.RecordVodConfigs;

namespace AlicloudLive.Lifecycle.Tests;

/// <summary>
/// `pulumi up -v=9 --logtostderr --debug`: the plugin (started with -v=9 like the engine does) reports every cloud
/// attempt on stderr and to the engine Log at DEBUG under the resource's URN, while the client retries faults.
/// </summary>
public sealed class DebugOutputTests : LifecycleFixture
{
    [Test]
    public async Task Every_attempt_of_a_throttled_and_failing_create_reaches_stderr_and_the_engine_log_at_debug()
    {
        await Emulator.InjectFaultAsync("AddLiveRecordVodConfig", "throttle", count: 2);
        await Emulator.InjectFaultAsync("DescribeLiveRecordVodConfigs", "error", code: "ServiceUnavailable", httpStatus: 503);
        var urn = EngineDriver.Urn(TypeToken, "debugged");

        await Engine.CreateAsync(TypeToken, "debugged", WholeApp());

        var stderr = await WaitForAsync(() => Plugin.StdErr, "alicloud DescribeLiveRecordVodConfigs attempt 2/9");
        Assert.That(stderr, Does.Match(@"alicloud AddLiveRecordVodConfig attempt 1/9: HTTP \d+, RequestId \S+, \d+ ms: code Throttling\S*; retrying in \d+ ms"));
        Assert.That(stderr, Does.Contain("alicloud AddLiveRecordVodConfig attempt 3/9: HTTP 200"));
        Assert.That(stderr, Does.Match(@"alicloud DescribeLiveRecordVodConfigs attempt 1/9: HTTP 503, RequestId \S+, \d+ ms: code ServiceUnavailable; retrying in"));

        var debug = Plugin.Engine.Logs.Where(l => l.Severity == LogSeverity.Debug && l.Message.StartsWith("alicloud ", StringComparison.Ordinal)).ToList();
        Assert.That(debug.Select(l => l.Message), Has.Some.Contain("AddLiveRecordVodConfig attempt 1/9").And.Some.Contain("AddLiveRecordVodConfig attempt 3/9"));
        Assert.That(debug.Select(l => l.Message), Has.Some.Contain("DescribeLiveRecordVodConfigs attempt 1/9: HTTP 503"));
        Assert.That(debug.Select(l => l.Urn), Is.All.EqualTo(urn), "each attempt is shown under the resource that made it");
        Assert.That(stderr + string.Join("\n", debug.Select(l => l.Message)), Does.Not.Contain("Signature=").And.Not.Contain("x-acs-"));
    }

    private static async Task<string> WaitForAsync(Func<string> read, string expected)
    {
        for (var i = 0; i < 50 && !read().Contains(expected, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        return read();
    }
}
