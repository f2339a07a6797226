using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class AdminTests : EmulatorFixture
{
    [Test]
    public async Task Resources_lists_the_built_in_seed_and_objects_by_kind()
    {
        var resources = await Client.AdminGetAsync("resources");
        Assert.That(resources.Select(p => p.Key), Is.EqualTo(new[] { "now", "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs", "edgeTranscodeJobs", "seed" }));
        var seed = resources["seed"]!;
        Assert.Multiple(() =>
        {
            Assert.That(seed.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "iceTemplates", "liveDomains", "edgeClusters", "edgeTemplates", "vodTranscodeGroups" }));
            Assert.That(seed["iceTemplates"]!.AsArray().Select(t => ((string?)t!["id"], (string?)t["name"], (string?)t["type"], (string?)t["templateConfig"]!["videoParams"]!["codec"])),
                Is.EqualTo(new[] { ("ice-tpl-hd", "hd", "normal", "H.264"), ("ice-tpl-nbhd", "nbhd", "narrow-band", "H.265") }));
            Assert.That(seed["liveDomains"]!.ToJsonString(), Is.EqualTo("""["live.example.com","play.example.com"]"""));
            Assert.That(seed["edgeClusters"]!.ToJsonString(), Is.EqualTo("""["edge-cluster-1"]"""));
            Assert.That(seed["edgeTemplates"]!.AsArray().Select(t => ((string?)t!["clusterId"], (string?)t["id"], (string?)t["name"], (string?)t["resolution"])),
                Is.EqualTo(new[] { ("edge-cluster-1", "edge-tpl-1080p", "1080p", "1920*1080"), ("edge-cluster-1", "edge-tpl-720p", "720p", "1280*720") }));
            Assert.That(seed["vodTranscodeGroups"]!.ToJsonString(), Is.EqualTo("""["vod-group-default","vod-group-compose"]"""));
        });
        Assert.That((string?)(await Client.AdminGetAsync("health"))["status"], Is.EqualTo("ok"));
    }

    [Test]
    public async Task The_clock_can_be_set_and_advanced()
    {
        var (status, set) = await Client.AdminPostAsync("clock", """{"now":"2026-01-01T00:00:00Z"}""");
        Assert.That((status, (string?)set["now"]), Is.EqualTo((200, "2026-01-01T00:00:00Z")));
        var advanced = await Client.AdvanceClockAsync(TimeSpan.FromDays(1));
        Assert.That((string?)advanced["now"], Does.StartWith("2026-01-02T00:00:0"));
        Assert.That((string?)(await Client.AdminGetAsync("resources"))["now"], Does.StartWith("2026-01-02T00:00:"));
        var (bad, _) = await Client.AdminPostAsync("clock", """{"later":true}""");
        Assert.That(bad, Is.EqualTo(400));
    }

    [Test]
    public async Task Reset_forgets_objects_counts_and_faults()
    {
        (await Client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("Name", "a"), ("TemplateId", "edge-tpl-720p"),
            ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"))).Ok();
        await Client.AddFaultAsync("""{"action":"*","kind":"drop"}""");
        await Client.AdminPostAsync("reset", "{}");
        Assert.That((await Client.AdminGetAsync("resources"))["edgeTranscodeJobs"]!.AsArray(), Is.Empty);
        Assert.That(await Client.AdminGetAsync("calls"), Is.Empty);
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
    }
}
