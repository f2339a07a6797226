using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class AdminTests : EmulatorFixture
{
    [Test]
    public async Task Resources_lists_the_built_in_seed_and_objects_by_kind()
    {
        var resources = await Client.AdminGetAsync("resources");
        Assert.That(resources.Select(p => p.Key), Is.EqualTo(new[] { "now", "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs", "edgeTranscodeJobs", "seed" }));
        Assert.That(resources["seed"]!.ToJsonString(), Is.EqualTo(
            """{"iceTemplates":[{"id":"ice-tpl-hd","name":"hd","type":"normal"},{"id":"ice-tpl-nbhd","name":"nbhd","type":"narrow-band"}],"liveDomains":["live.example.com","play.example.com"],"edgeClusters":["edge-cluster-1"],"edgeTemplates":[{"clusterId":"edge-cluster-1","id":"edge-tpl-1080p","name":"1080p"},{"clusterId":"edge-cluster-1","id":"edge-tpl-720p","name":"720p"}],"vodTranscodeGroups":["vod-group-default","vod-group-compose"]}"""));
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
