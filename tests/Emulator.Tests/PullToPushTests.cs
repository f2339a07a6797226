using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class PullToPushTests : EmulatorFixture
{
    private static Dictionary<string, string> Task(string dst = "rtmp://push.example.com/app/s1", string type = "vod") => new()
    {
        ["Region"] = "cn-beijing",
        ["TaskName"] = "task-1",
        ["SourceType"] = type,
        ["SourceUrls"] = """["media-1","media-2"]""",
        ["DstUrl"] = dst,
        ["StartTime"] = At(TimeSpan.FromHours(1)),
        ["EndTime"] = At(TimeSpan.FromHours(3)),
        ["CallbackUrl"] = "https://hooks.example.com/a",
    };

    private async Task<string> CreateAsync(Dictionary<string, string>? p = null) =>
        (string)(await Client.CallAsync("CreateLivePullToPush", p ?? Task())).Ok()["TaskId"]!;

    private Task<ApiResponse> DescribeAsync(string id) =>
        Client.CallAsync("DescribeLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"));

    private async Task<int> StatusAsync(string id) => (int)(await DescribeAsync(id)).Ok()["TaskStatus"];

    private Task<ApiResponse> UpdateAsync(string id, params (string, string)[] changes) =>
        Client.CallAsync("UpdateLivePullToPush", new[] { ("TaskId", id), ("Region", "cn-beijing") }.Concat(changes).ToArray());

    [Test]
    public async Task Create_answers_success_and_Describe_reports_the_documented_shape()
    {
        var create = (await Client.CallAsync("CreateLivePullToPush", Task())).Ok();
        Assert.That(((int)create["RetCode"], (string?)create["Description"]), Is.EqualTo((0, "success")));
        var d = (await DescribeAsync((string)create["TaskId"]!)).Ok();
        Assert.Multiple(() =>
        {
            Assert.That(d["TaskStatus"].GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number));
            Assert.That((int)d["TaskStatus"], Is.Zero);
            Assert.That((string?)d["TaskInfo"]["CallbackURL"], Is.EqualTo("https://hooks.example.com/a"));
            Assert.That(d["TaskInfo"]["SourceUrls"]!.AsArray().Select(u => (string?)u), Is.EqualTo(new[] { "media-1", "media-2" }));
            Assert.That((int)d["TaskInfo"]["RetryInterval"]!, Is.EqualTo(60));
        });
    }

    [Test]
    public async Task A_create_whose_query_string_is_far_over_8_KB_is_answered_by_the_api()
    {
        var p = Task(type: "url");
        p["SourceUrls"] = "[" + string.Join(',', Enumerable.Range(1, 30).Select(i => $"\"https://media.example.com/{i}/{new string('f', 1000)}.mp4\"")) + "]";

        (await Client.CallAsync("CreateLivePullToPush", p)).Ok();

        p["DstUrl"] = "rtmp://push.example.com/" + new string('d', 100_000);
        (await Client.CallAsync("CreateLivePullToPush", p)).Fails("InvalidParameter", 400);
    }

    [TestCase("Region", "us-east-1", "InvalidParameter")]
    [TestCase("SourceType", "file", "InvalidParameter")]
    [TestCase("SourceUrls", "not-json", "InvalidParameter")]
    [TestCase("DstUrl", "http://push.example.com/a", "InvalidParameter")]
    [TestCase("RetryInterval", "30", "InvalidParameter")]
    [TestCase("RetryInterval", "301", "InvalidParameter")]
    [TestCase("CallbackUrl", "https://hooks.example.com/long-callback-url-over-two-thousand-characters", "InvalidParameter")]
    [TestCase("FileIndex", "-1", "InvalidParameter")]
    [TestCase("EndTime", "", "MissingParameter")]
    public async Task Create_validates_each_parameter(string name, string value, string code)
    {
        var p = Task();
        p[name] = name == "CallbackUrl" ? value + new string('x', 2000) : value;
        (await Client.CallAsync("CreateLivePullToPush", p)).Fails(code, 400);
    }

    [Test]
    public async Task A_live_source_needs_a_protocol_and_exactly_one_url_and_ignores_file_options()
    {
        var live = Task(type: "live");
        live["SourceUrls"] = """["rtmp://src.example.com/a/b","rtmp://src.example.com/a/c"]""";
        (await Client.CallAsync("CreateLivePullToPush", live)).Fails("MissingParameter", 400);
        live["SourceProtocol"] = "rtmp";
        live["SourceUrls"] = """["rtmp://src.example.com/a/b","rtmp://src.example.com/a/c"]""";
        (await Client.CallAsync("CreateLivePullToPush", live)).Fails("InvalidParameter", 400);
        live["SourceUrls"] = """["rtmp://src.example.com/a/b"]""";
        live["RepeatNumber"] = "-1";
        live["Offset"] = "2";
        var id = await CreateAsync(live);
        Assert.That((string?)(await DescribeAsync(id)).Ok()["TaskInfo"]["SourceProtocol"], Is.EqualTo("RTMP"), "the service answers a live protocol in capitals");
    }

    [Test]
    public async Task A_vod_source_ignores_a_protocol_and_an_http_callback_needs_no_scheme_rule()
    {
        var vod = Task();
        vod["SourceProtocol"] = "flv";
        vod["CallbackUrl"] = "ftp://hooks.example.com";
        vod["FileIndex"] = "0";
        var id = await CreateAsync(vod);
        Assert.That((string?)(await DescribeAsync(id)).Ok()["TaskInfo"]["SourceProtocol"], Is.EqualTo("flv"));
    }

    [Test]
    public async Task A_vod_source_takes_at_most_30_urls()
    {
        var p = Task();
        p["SourceUrls"] = System.Text.Json.JsonSerializer.Serialize(Enumerable.Range(1, 31).Select(i => $"media-{i}"));
        (await Client.CallAsync("CreateLivePullToPush", p)).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task Duration_rules_answer_CodeIllegalDuration()
    {
        var tooLong = Task();
        tooLong["EndTime"] = At(TimeSpan.FromDays(8));
        (await Client.CallAsync("CreateLivePullToPush", tooLong)).Fails("InvalidParam.CodeIllegalDuration", 400);
        var backwards = Task();
        backwards["EndTime"] = At(TimeSpan.FromMinutes(30));
        (await Client.CallAsync("CreateLivePullToPush", backwards)).Fails("InvalidParam.CodeIllegalDuration", 400);
        var past = Task();
        past["StartTime"] = At(TimeSpan.FromHours(-3));
        past["EndTime"] = At(TimeSpan.FromHours(-1));
        (await Client.CallAsync("CreateLivePullToPush", past)).Fails("InvalidParam.CodeIllegalDuration", 400);
    }

    [Test]
    public async Task A_DstUrl_serves_one_task_and_the_error_names_it()
    {
        var id = await CreateAsync();
        var second = await Client.CallAsync("CreateLivePullToPush", Task());
        second.Fails("InvalidParameter", 400);
        Assert.That(second.Body["Message"]!.ToString(), Does.Contain(id));
    }

    [Test]
    public async Task A_task_runs_between_StartTime_and_EndTime_then_vanishes()
    {
        var id = await CreateAsync();
        Assert.That(await StatusAsync(id), Is.Zero);
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        Assert.That(await StatusAsync(id), Is.EqualTo(1));
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        (await DescribeAsync(id)).Fails("CodeTaskNotExist", 400);
        (await UpdateAsync(id, ("CallbackUrl", "https://x.example.com"))).Fails("CodeTaskNotExist", 400);
        (await Client.CallAsync("DeleteLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Fails("CodeTaskNotExist", 400);
        var resources = await Client.AdminGetAsync("resources");
        Assert.That(resources["pullToPushTasks"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Before_start_all_but_the_sources_and_file_position_change()
    {
        var id = await CreateAsync();
        var newStart = At(TimeSpan.FromHours(2));
        (await UpdateAsync(id, ("SourceUrls", """["media-9"]"""))).Fails("InvalidParameter", 400);
        (await UpdateAsync(id, ("Offset", "30"))).Fails("InvalidParameter", 400);
        (await UpdateAsync(id, ("Region", "cn-shanghai"), ("StartTime", newStart))).Ok();
        var d = (await Client.CallAsync("DescribeLivePullToPush", ("TaskId", id), ("Region", "cn-shanghai"))).Ok();
        Assert.That((string?)d["TaskInfo"]["StartTime"], Is.EqualTo(newStart));
        (await DescribeAsync(id)).Fails("CodeTaskNotExist", 400);
        (await UpdateAsync(id, ("DstUrl", "rtmp://push.example.com/app/other"))).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task An_update_that_does_not_send_SourceUrls_keeps_them()
    {
        var id = await CreateAsync();
        (await UpdateAsync(id, ("CallbackUrl", "https://hooks.example.com/b"))).Ok();

        var urls = (await DescribeAsync(id)).Ok()["TaskInfo"]["SourceUrls"]!.AsArray().Select(u => (string?)u);
        Assert.That(urls, Is.EqualTo(new[] { "media-1", "media-2" }));
    }

    [Test]
    public async Task While_running_only_CallbackUrl_and_RepeatNumber_change()
    {
        var id = await CreateAsync();
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        (await UpdateAsync(id, ("CallbackUrl", "https://hooks.example.com/b"), ("RepeatNumber", "-1"))).Ok();
        var d = (await DescribeAsync(id)).Ok();
        Assert.That(((string?)d["TaskInfo"]["CallbackURL"], (int)d["TaskInfo"]["RepeatNumber"]!), Is.EqualTo(("https://hooks.example.com/b", -1)));
        (await UpdateAsync(id, ("SourceUrls", """["media-9"]"""))).Fails("CodeTaskHasStarted", 400);
        (await UpdateAsync(id, ("EndTime", At(TimeSpan.FromHours(5))))).Fails("CodeTaskHasStarted", 400);
        (await UpdateAsync(id, ("Region", "cn-shanghai"))).Fails("CodeTaskHasStarted", 400);
        var startBefore = (string?)d["TaskInfo"]["StartTime"];
        (await UpdateAsync(id, ("StartTime", At(TimeSpan.FromHours(2.5))))).Ok();
        Assert.That((string?)(await DescribeAsync(id)).Ok()["TaskInfo"]["StartTime"], Is.EqualTo(startBefore), "a StartTime change after start is ignored");
    }

    [Test]
    public async Task When_stopped_everything_but_Region_changes()
    {
        var id = await CreateAsync();
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        var stop = (await Client.CallAsync("StopLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Ok();
        Assert.That((string?)stop["TaskId"], Is.EqualTo(id));
        var d = (await DescribeAsync(id)).Ok();
        Assert.That(((int)d["TaskStatus"], (string?)d["TaskExitReason"]), Is.EqualTo((3, "TriggerByUser")));
        (await UpdateAsync(id, ("SourceUrls", """["media-9"]"""), ("EndTime", At(TimeSpan.FromHours(6))))).Ok();
        (await UpdateAsync(id, ("Region", "cn-shanghai"))).Fails("CodeTaskHasStarted", 400);
        (await Client.CallAsync("StopLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Fails("CodeTaskHasStopped", 400);
    }

    [Test]
    public async Task Stop_needs_a_running_task()
    {
        var id = await CreateAsync();
        (await Client.CallAsync("StopLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Fails("CodeTaskHasStopped", 400);
    }

    [Test]
    public async Task Restart_fails_before_StartTime_and_otherwise_issues_a_new_TaskId()
    {
        var id = await CreateAsync();
        (await Client.CallAsync("RestartLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Fails("InvalidParameter", 400);
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        (await Client.CallAsync("StopLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Ok();
        var restart = (await Client.CallAsync("RestartLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Ok();
        var newId = (string)restart["TaskId"]!;
        Assert.That(newId, Is.Not.EqualTo(id));
        Assert.That(await StatusAsync(newId), Is.EqualTo(1));
        (await DescribeAsync(id)).Fails("CodeTaskNotExist", 400);
    }

    [Test]
    public async Task The_admin_API_makes_a_running_task_abnormal_and_back()
    {
        var id = await CreateAsync();
        var (early, _) = await Client.AdminPostAsync($"tasks/{id}/status", """{"status":"Abnormal"}""");
        Assert.That(early, Is.EqualTo(409), "a task that has not started cannot become abnormal");
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        var (status, _) = await Client.AdminPostAsync($"tasks/{id}/status", """{"status":"Abnormal"}""");
        Assert.That(status, Is.EqualTo(200));
        Assert.That(await StatusAsync(id), Is.EqualTo(2));
        (await UpdateAsync(id, ("SourceUrls", """["media-9"]"""))).Fails("CodeTaskHasStarted", 400);
        await Client.AdminPostAsync($"tasks/{id}/status", """{"status":"Running"}""");
        Assert.That(await StatusAsync(id), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_works_in_any_state_and_unknown_ids_do_not_exist()
    {
        var id = await CreateAsync();
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        (await Client.CallAsync("DeleteLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"))).Ok();
        (await DescribeAsync(id)).Fails("CodeTaskNotExist", 400);
        (await Client.CallAsync("DeleteLivePullToPush", ("TaskId", "missing"), ("Region", "cn-beijing"))).Fails("CodeTaskNotExist", 400);
    }

    [Test]
    public async Task DescribeList_pages_and_filters_fuzzily()
    {
        await CreateAsync(Task("rtmp://push.example.com/app/a"));
        await CreateAsync(Task("rtmp://push.example.com/app/b"));
        await CreateAsync(Task("rtmp://other.example.com/app/c"));
        var page = (await Client.CallAsync("DescribeLivePullToPushList", ("Region", "cn-beijing"), ("DstUrl", "push.example"), ("PageSize", "1"), ("PageNumber", "2"))).Ok();
        Assert.That(((int)page["Total"], page["TaskList"].AsArray().Count), Is.EqualTo((2, 1)));
        var other = (await Client.CallAsync("DescribeLivePullToPushList", ("Region", "cn-shanghai"))).Ok();
        Assert.That((int)other["Total"], Is.Zero);
        (await Client.CallAsync("DescribeLivePullToPushList", ("Region", "cn-beijing"), ("PageSize", "0"))).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task Forty_updates_in_one_second_are_partly_throttled_and_counted()
    {
        var id = await CreateAsync();
        var responses = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            UpdateAsync(id, ("CallbackUrl", $"https://hooks.example.com/{i}"))));
        var throttled = responses.Count(r => r.Code == "Throttling.User");
        Assert.That(throttled, Is.InRange(1, 39), string.Join("\n", responses.Select(r => r.ToString())));
        Assert.That(responses.Where(r => r.Code is not null).Select(r => (r.Code, r.Status)).Distinct(), Is.EqualTo(new[] { ("Throttling.User", 400) }));
        var calls = (await Client.AdminGetAsync("calls"))["UpdateLivePullToPush"]!;
        Assert.That(((int)calls["calls"]!, (int)calls["throttled"]!, (int)calls["failed"]!), Is.EqualTo((40, throttled, 0)));
    }
}

public sealed class NoThrottleTests : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { NoThrottle = true };

    [Test]
    public async Task With_no_throttle_forty_updates_all_succeed()
    {
        var create = (await Client.CallAsync("CreateLivePullToPush",
            ("Region", "cn-beijing"), ("SourceType", "url"), ("SourceUrls", """["https://media.example.com/a.mp4"]"""),
            ("DstUrl", "rtmp://push.example.com/app/nt"), ("StartTime", At(TimeSpan.FromHours(1))), ("EndTime", At(TimeSpan.FromHours(2))))).Ok();
        var id = (string)create["TaskId"]!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Client.CallAsync("UpdateLivePullToPush", ("TaskId", id), ("Region", "cn-beijing"), ("CallbackUrl", $"https://hooks.example.com/{i}"))));
        Assert.That(responses.Select(r => r.Status), Is.All.EqualTo(200));
        Assert.That((int)(await Client.AdminGetAsync("calls"))["UpdateLivePullToPush"]!["throttled"]!, Is.Zero);
    }
}
