using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class IceJobTests : EmulatorFixture
{
    private static Dictionary<string, string> Job(string name = "job", string startMode = "0", string? timed = null)
    {
        var p = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["TemplateId"] = "ice-tpl-nbhd",
            ["StartMode"] = startMode,
            ["StreamInput"] = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/cam1"}""",
            ["TranscodeOutput"] = """{"Type":"LiveCenter","DomainName":"play.example.com"}""",
        };
        if (timed is not null)
        {
            p["TimedConfig"] = timed;
        }

        return p;
    }

    private static string Timed(TimeSpan start, TimeSpan end) => $$"""{"StartTime":"{{At(start)}}","EndTime":"{{At(end)}}"}""";

    private async Task<string> SubmitAsync(Dictionary<string, string> p) =>
        (string)(await Client.CallAsync("SubmitLiveTranscodeJob", p)).Ok()["JobId"]!;

    private async Task<JsonNode> GetAsync(string id) => (await Client.CallAsync("GetLiveTranscodeJob", ("JobId", id))).Ok()["Job"];

    [Test]
    public async Task An_immediate_job_runs_on_submit_and_reports_the_documented_shape()
    {
        var job = await GetAsync(await SubmitAsync(Job()));
        Assert.Multiple(() =>
        {
            Assert.That((int)job["Status"]!, Is.EqualTo(1));
            Assert.That((string?)job["TemplateName"], Is.EqualTo("nbhd"));
            Assert.That((string?)job["TemplateType"], Is.EqualTo("narrow-band"));
            Assert.That((string?)job["OutputStream"]!["StreamInfos"]![0]!["OutputUrl"], Is.EqualTo("rtmp://play.example.com/live/cam1_nbhd"));
            Assert.That(job.AsObject().ContainsKey("TimedConfig"), Is.False);
            Assert.That(job.AsObject().ContainsKey("TranscodeOutput"), Is.False);
        });
    }

    [TestCase("Name")]
    [TestCase("TemplateId")]
    [TestCase("StartMode")]
    [TestCase("StreamInput")]
    [TestCase("TranscodeOutput")]
    public async Task A_missing_required_parameter_is_named(string name)
    {
        var p = Job();
        p.Remove(name);
        var response = await Client.CallAsync("SubmitLiveTranscodeJob", p);
        response.Fails("MissingParameter", 400);
        Assert.That(response.Body["Message"]!.ToString(), Does.Contain(name));
    }

    [TestCase("StreamInput", """{"Type":"srt","InputUrl":"rtmp://in.example.com/live/a"}""")]
    [TestCase("StreamInput", """{"Type":"rtmp","InputUrl":"http://in.example.com/live/a"}""")]
    [TestCase("TranscodeOutput", """{"Type":"Oss","DomainName":"play.example.com"}""")]
    [TestCase("TranscodeOutput", """{"Type":"LiveCenter","DomainName":"unknown.example.com"}""")]
    [TestCase("StartMode", "2")]
    public async Task Invalid_values_are_InvalidParameter(string name, string value)
    {
        var p = Job();
        p[name] = value;
        (await Client.CallAsync("SubmitLiveTranscodeJob", p)).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task An_unknown_template_is_TemplateNotFound()
    {
        var p = Job();
        p["TemplateId"] = "no-such-template";
        (await Client.CallAsync("SubmitLiveTranscodeJob", p)).Fails("TemplateNotFound", 404);
        (await Client.CallAsync("GetLiveTranscodeTemplate", ("TemplateId", "no-such-template"))).Fails("TemplateNotFound", 404);
        var known = (await Client.CallAsync("GetLiveTranscodeTemplate", ("TemplateId", "ice-tpl-hd"))).Ok();
        Assert.That((string?)known["TemplateContent"]["Name"], Is.EqualTo("hd"));
    }

    [Test]
    public async Task Timed_config_rules_are_enforced()
    {
        (await Client.CallAsync("SubmitLiveTranscodeJob", Job(startMode: "1"))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("SubmitLiveTranscodeJob", Job(startMode: "1", timed: Timed(TimeSpan.FromHours(2), TimeSpan.FromHours(1))))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("SubmitLiveTranscodeJob", Job(startMode: "1", timed: Timed(TimeSpan.FromHours(1), TimeSpan.FromDays(8))))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("SubmitLiveTranscodeJob", Job(startMode: "1", timed: Timed(-TimeSpan.FromDays(8), TimeSpan.FromHours(1))))).Fails("InvalidParameter", 400);
        var bad = Job(startMode: "1", timed: """{"StartTime":"tomorrow","EndTime":"later"}""");
        (await Client.CallAsync("SubmitLiveTranscodeJob", bad)).Fails("InvalidParameter", 400);
    }

    /// <summary>The Submit page: TimedConfig "is required if you set StartMode to 1"; StartTime and EndTime each "No".</summary>
    [Test]
    public async Task Timed_config_times_are_each_optional_and_an_immediate_job_ignores_timed_config()
    {
        var onlyStart = await SubmitAsync(Job(startMode: "1", timed: $$"""{"StartTime":"{{At(TimeSpan.FromHours(1))}}"}"""));
        var onlyEnd = await SubmitAsync(Job(startMode: "1", timed: $$"""{"EndTime":"{{At(TimeSpan.FromHours(1))}}"}"""));
        var immediate = await SubmitAsync(Job(startMode: "0", timed: Timed(TimeSpan.FromHours(1), TimeSpan.FromHours(2))));

        Assert.That((int)(await GetAsync(onlyStart))["Status"]!, Is.EqualTo(0), "not started before its start time");
        Assert.That((int)(await GetAsync(onlyEnd))["Status"]!, Is.EqualTo(1), "no start time: running (emulator's choice)");
        Assert.That((int)(await GetAsync(immediate))["Status"]!, Is.EqualTo(1), "an immediate job runs; its TimedConfig is ignored");
    }

    [Test]
    public async Task A_timed_job_starts_at_StartTime_and_stops_after_EndTime_on_the_emulated_clock()
    {
        var id = await SubmitAsync(Job(startMode: "1", timed: Timed(TimeSpan.FromHours(1), TimeSpan.FromHours(3))));
        Assert.That((int)(await GetAsync(id))["Status"]!, Is.EqualTo(0));
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        Assert.That((int)(await GetAsync(id))["Status"]!, Is.EqualTo(1));
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        Assert.That((int)(await GetAsync(id))["Status"]!, Is.EqualTo(2));
    }

    [Test]
    public async Task A_job_that_is_not_timed_only_takes_a_new_Name()
    {
        var id = await SubmitAsync(Job());
        (await Client.CallAsync("UpdateLiveTranscodeJob", ("JobId", id), ("Name", "renamed"))).Ok();
        Assert.That((string?)(await GetAsync(id))["Name"], Is.EqualTo("renamed"));
        var input = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/cam2"}""";
        (await Client.CallAsync("UpdateLiveTranscodeJob", ("JobId", id), ("StreamInput", input))).Fails("IncorrectJobStatus", 409);
    }

    [Test]
    public async Task A_timed_job_takes_new_inputs_only_before_it_starts()
    {
        var id = await SubmitAsync(Job(startMode: "1", timed: Timed(TimeSpan.FromHours(1), TimeSpan.FromHours(3))));
        var input = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/cam2"}""";
        (await Client.CallAsync("UpdateLiveTranscodeJob", ("JobId", id), ("StreamInput", input))).Ok();
        Assert.That((string?)(await GetAsync(id))["StreamInput"]!["InputUrl"], Is.EqualTo("rtmp://in.example.com/live/cam2"));
        await Client.AdvanceClockAsync(TimeSpan.FromHours(1.5));
        (await Client.CallAsync("UpdateLiveTranscodeJob", ("JobId", id), ("StreamInput", input))).Fails("JobAlreadyStarted", 409);
        (await Client.CallAsync("UpdateLiveTranscodeJob", ("JobId", id), ("Name", "still-renamable"))).Ok();
    }

    [Test]
    public async Task Stop_and_delete_follow_the_running_state()
    {
        var id = await SubmitAsync(Job());
        (await Client.CallAsync("DeleteLiveTranscodeJob", ("JobId", id))).Fails("IncorrectJobStatus", 409);
        (await Client.CallAsync("SendLiveTranscodeJobCommand", ("JobId", id), ("Command", "start"))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("SendLiveTranscodeJobCommand", ("JobId", id), ("Command", "stop"))).Ok();
        Assert.That((int)(await GetAsync(id))["Status"]!, Is.EqualTo(2));
        (await Client.CallAsync("SendLiveTranscodeJobCommand", ("JobId", id), ("Command", "stop"))).Fails("IncorrectJobStatus", 409);
        (await Client.CallAsync("DeleteLiveTranscodeJob", ("JobId", id))).Ok();
        (await Client.CallAsync("GetLiveTranscodeJob", ("JobId", id))).Fails("JobNotFound", 404);
        (await Client.CallAsync("DeleteLiveTranscodeJob", ("JobId", id))).Fails("JobNotFound", 404);
    }

    [Test]
    public async Task List_pages_and_matches_id_or_name()
    {
        var first = await SubmitAsync(Job("alpha-one"));
        await SubmitAsync(Job("beta-two"));
        await SubmitAsync(Job("alpha-three"));
        var byName = (await Client.CallAsync("ListLiveTranscodeJobs", ("KeyWord", "alpha"), ("PageSize", "1"), ("PageNo", "2"))).Ok();
        Assert.That((int)byName["TotalCount"], Is.EqualTo(2));
        Assert.That(byName["JobList"].AsArray(), Has.Count.EqualTo(1));
        var byId = (await Client.CallAsync("ListLiveTranscodeJobs", ("KeyWord", first))).Ok();
        Assert.That((string?)byId["JobList"][0]!["Name"], Is.EqualTo("alpha-one"));
        (await Client.CallAsync("ListLiveTranscodeJobs", ("PageSize", "101"))).Fails("InvalidParameter", 400);
    }
}
