using System.Diagnostics;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class FaultTests : EmulatorFixture
{
    private static readonly (string, string)[] EdgeJob =
    [
        ("ClusterId", "edge-cluster-1"), ("Name", "faulty"), ("TemplateId", "edge-tpl-720p"),
        ("StreamInput", "rtmp://in.example.com/a/b"), ("StreamOutput", "rtmp://out.example.com/a/b"),
    ];

    private async Task<int> EdgeJobCountAsync() => (await Client.AdminGetAsync("resources"))["edgeTranscodeJobs"]!.AsArray().Count;

    [Test]
    public async Task An_error_fault_answers_its_code_for_count_calls_then_clears()
    {
        await Client.AddFaultAsync("""{"action":"CreateEdgeTranscodeJob","kind":"error","code":"InternalError","httpStatus":503,"count":2}""");
        (await Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob)).Fails("InternalError", 503);
        (await Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob)).Fails("InternalError", 503);
        Assert.That(await EdgeJobCountAsync(), Is.Zero, "a failed call changes nothing");
        (await Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob)).Ok();
        var calls = (await Client.AdminGetAsync("calls"))["CreateEdgeTranscodeJob"]!;
        Assert.That(((int)calls["calls"]!, (int)calls["failed"]!), Is.EqualTo((3, 2)));
    }

    [Test]
    public async Task A_throttle_fault_answers_Throttling_User_and_only_on_its_action()
    {
        await Client.AddFaultAsync("""{"action":"ListEdgeTranscodeJob","kind":"throttle"}""");
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
        (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Fails("Throttling.User", 400);
        (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Ok();
        Assert.That((int)(await Client.AdminGetAsync("calls"))["ListEdgeTranscodeJob"]!["throttled"]!, Is.EqualTo(1));
    }

    [Test]
    public async Task A_delay_fault_waits_then_processes_normally()
    {
        await Client.AddFaultAsync("""{"action":"*","kind":"delay","delayMs":400}""");
        var watch = Stopwatch.StartNew();
        (await Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob)).Ok();
        Assert.That(watch.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(400));
        Assert.That(await EdgeJobCountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_drop_fault_aborts_the_connection_without_processing()
    {
        await Client.AddFaultAsync("""{"action":"CreateEdgeTranscodeJob","kind":"drop"}""");
        Assert.ThrowsAsync<HttpRequestException>(() => Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob));
        Assert.That(await EdgeJobCountAsync(), Is.Zero);
    }

    [Test]
    public async Task A_commitThenDrop_fault_applies_the_change_but_loses_the_response()
    {
        await Client.AddFaultAsync("""{"action":"*","kind":"commitThenDrop"}""");
        Assert.ThrowsAsync<HttpRequestException>(() => Client.CallAsync("CreateEdgeTranscodeJob", EdgeJob));
        var jobs = (await Client.AdminGetAsync("resources"))["edgeTranscodeJobs"]!.AsArray();
        Assert.That(jobs.Select(j => (string?)j!["Name"]), Is.EqualTo(new[] { "faulty" }));
    }

    [Test]
    public async Task Faults_apply_only_after_the_signature_is_verified_and_can_be_cleared()
    {
        await Client.AddFaultAsync("""{"action":"*","kind":"error","code":"InternalError","count":5}""");
        using var wrong = new EmulatorClient(Emulator.BaseUrl, secret: "wrong");
        (await wrong.CallAsync("ListLiveTranscodeJobs")).Fails("SignatureDoesNotMatch", 403);
        (await Client.CallAsync("ListLiveTranscodeJobs")).Fails("InternalError", 500);
        using var clear = new HttpClient();
        using var response = await clear.DeleteAsync(new Uri(Emulator.BaseUrl, "/_emulator/faults"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"cleared":1}"""));
        (await Client.CallAsync("ListLiveTranscodeJobs")).Ok();
    }

    [Test]
    public async Task A_malformed_fault_is_refused()
    {
        var (status, body) = await Client.AdminPostAsync("faults", """{"action":"*","kind":"explode"}""");
        Assert.That(status, Is.EqualTo(400), body.ToJsonString());
    }
}
