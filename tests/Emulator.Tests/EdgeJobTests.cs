using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class EdgeJobTests : EmulatorFixture
{
    private const string Cluster = "edge-cluster-1";

    private static Dictionary<string, string> Job(string name = "edge_job-1") => new()
    {
        ["ClusterId"] = Cluster,
        ["Name"] = name,
        ["TemplateId"] = "edge-tpl-1080p",
        ["StreamInput"] = "rtmp://in.example.com/app/s",
        ["StreamOutput"] = "rtmp://out.example.com/app/s",
    };

    private async Task<string> CreateAsync() => (string)(await Client.CallAsync("CreateEdgeTranscodeJob", Job())).Ok()["JobId"]!;

    private Task<ApiResponse> CommandAsync(string action, string id, params (string, string)[] more) =>
        Client.CallAsync(action, new[] { ("ClusterId", Cluster), ("JobId", id) }.Concat(more).ToArray());

    private async Task<JsonNode> GetAsync(string id) => (await CommandAsync("GetEdgeTranscodeJob", id)).Ok()["Job"];

    [Test]
    public async Task A_created_job_is_not_started_and_Status_is_a_string()
    {
        var job = await GetAsync(await CreateAsync());
        Assert.That(job["Status"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
        Assert.That(((string?)job["Status"], (string?)job["TemplateName"], (string?)job["Type"]), Is.EqualTo(("0", "1080p", "common")));
    }

    [Test]
    public async Task Start_and_Stop_follow_the_running_state()
    {
        var id = await CreateAsync();
        (await CommandAsync("StopEdgeTranscodeJob", id)).Fails("OperationDenied", 403);
        (await CommandAsync("StartEdgeTranscodeJob", id)).Ok();
        var started = await GetAsync(id);
        Assert.That(((string?)started["Status"], started["LastStartAt"] is not null), Is.EqualTo(("1", true)));
        (await CommandAsync("StartEdgeTranscodeJob", id)).Fails("OperationDenied", 403);
        (await CommandAsync("UpdateEdgeTranscodeJob", id, ("Name", "renamed"))).Fails("OperationDenied", 403);
        (await CommandAsync("DeleteEdgeTranscodeJob", id)).Fails("OperationDenied", 403);
        (await CommandAsync("StopEdgeTranscodeJob", id)).Ok();
        var stopped = await GetAsync(id);
        Assert.That(((string?)stopped["Status"], stopped["LastStopAt"] is not null), Is.EqualTo(("0", true)));
        (await CommandAsync("UpdateEdgeTranscodeJob", id, ("Name", "renamed"), ("TemplateId", "edge-tpl-720p"))).Ok();
        var updated = await GetAsync(id);
        Assert.That(((string?)updated["Name"], (string?)updated["TemplateName"]), Is.EqualTo(("renamed", "720p")));
        (await CommandAsync("DeleteEdgeTranscodeJob", id)).Ok();
        (await CommandAsync("GetEdgeTranscodeJob", id)).Fails("JobNotFound", 404);
        (await CommandAsync("DeleteEdgeTranscodeJob", id)).Fails("JobNotFound", 404);
    }

    [TestCase("ClusterId", "no-cluster", "TemplateNotFound", 404)]
    [TestCase("TemplateId", "no-template", "TemplateNotFound", 404)]
    [TestCase("Name", "bad name!", "InvalidParameter", 400)]
    [TestCase("StreamInput", "not a url", "InvalidParameter", 400)]
    [TestCase("StreamOutput", "", "MissingParameter", 400)]
    public async Task Create_validates_references_and_values(string name, string value, string code, int status)
    {
        var p = Job();
        p[name] = value;
        (await Client.CallAsync("CreateEdgeTranscodeJob", p)).Fails(code, status);
    }

    [Test]
    public async Task Names_may_use_Chinese_characters_up_to_255()
    {
        (await Client.CallAsync("CreateEdgeTranscodeJob", Job("转码_任务-1"))).Ok();
        (await Client.CallAsync("CreateEdgeTranscodeJob", Job(new string('a', 256)))).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task List_wraps_jobs_in_JobList_Job_and_filters()
    {
        var id = await CreateAsync();
        await CreateAsync();
        (await CommandAsync("StartEdgeTranscodeJob", id)).Ok();
        var all = (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", Cluster))).Ok();
        Assert.That(((int)all["TotalCount"], all["JobList"]["Job"]!.AsArray().Count), Is.EqualTo((2, 2)));
        var running = (await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", Cluster), ("Status", "1"))).Ok();
        Assert.That((string?)running["JobList"]["Job"]![0]!["JobId"], Is.EqualTo(id));
        var templates = (await Client.CallAsync("ListEdgeTranscodeTemplate", ("ClusterId", Cluster))).Ok();
        Assert.That((int)templates["TotalCount"], Is.EqualTo(2));
    }
}
