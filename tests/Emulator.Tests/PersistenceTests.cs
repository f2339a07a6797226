using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class PersistenceTests
{
    private string _dir = "";

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("emulator-tests-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task State_and_the_clock_offset_survive_a_restart_with_a_state_file()
    {
        var options = new EmulatorOptions { StateFile = Path.Combine(_dir, "state.json") };
        string jobId;
        await using (var first = await EmulatorHost.StartAsync(options))
        {
            using var client = new EmulatorClient(first.BaseUrl);
            jobId = (string)(await client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("Name", "kept"), ("TemplateId", "edge-tpl-720p"),
                ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"))).Ok()["JobId"]!;
            await client.AdminPostAsync("clock", """{"now":"2030-06-01T00:00:00Z"}""");
        }

        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "state.json" }), "no temp file is left behind");
        await using var second = await EmulatorHost.StartAsync(options);
        using var again = new EmulatorClient(second.BaseUrl);
        var job = (await again.CallAsync("GetEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("JobId", jobId))).Ok()["Job"];
        Assert.That((string?)job["Name"], Is.EqualTo("kept"));
        Assert.That((string?)(await again.AdminGetAsync("resources"))["now"], Does.StartWith("2030-06-01T00:0"));
    }

    [Test]
    public async Task A_seed_file_replaces_the_built_in_seed()
    {
        var seedFile = Path.Combine(_dir, "seed.json");
        await File.WriteAllTextAsync(seedFile, """
            {"iceTemplates": [{"id": "tpl-custom", "name": "custom", "type": "origin"}], "liveDomains": ["mine.example.org"],
             "edgeClusters": [], "edgeTemplates": [], "vodTranscodeGroups": ["g1"]}
            """);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { SeedFile = seedFile });
        using var client = new EmulatorClient(emulator.BaseUrl);
        var job = new Dictionary<string, string>
        {
            ["Name"] = "j",
            ["TemplateId"] = "ice-tpl-hd",
            ["StartMode"] = "0",
            ["StreamInput"] = """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/s"}""",
            ["TranscodeOutput"] = """{"Type":"LiveCenter","DomainName":"mine.example.org"}""",
        };
        (await client.CallAsync("SubmitLiveTranscodeJob", job)).Fails("TemplateNotFound", 404);
        job["TemplateId"] = "tpl-custom";
        var id = (string)(await client.CallAsync("SubmitLiveTranscodeJob", job)).Ok()["JobId"]!;
        var got = (await client.CallAsync("GetLiveTranscodeJob", ("JobId", id))).Ok()["Job"];
        Assert.That((string?)got["TemplateType"], Is.EqualTo("origin"));
        (await client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"))).Fails("ClusterNotFound", 404);
        var seed = (await client.AdminGetAsync("resources"))["seed"]!;
        Assert.That(seed["liveDomains"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { "mine.example.org" }));
    }

    [Test]
    public async Task A_seed_file_of_the_old_shape_still_loads_and_lookups_fill_in_defaults()
    {
        var seedFile = Path.Combine(_dir, "seed.json");
        await File.WriteAllTextAsync(seedFile, """
            {"iceTemplates": [{"id": "t1", "name": "one", "type": "normal"}], "liveDomains": [], "edgeClusters": ["c1"],
             "edgeTemplates": [{"clusterId": "c1", "id": "e1", "name": "edge"}], "vodTranscodeGroups": []}
            """);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { SeedFile = seedFile });
        using var client = new EmulatorClient(emulator.BaseUrl);
        var ice = (await client.CallAsync("GetLiveTranscodeTemplate", ("TemplateId", "t1"))).Ok()["TemplateContent"];
        Assert.That(((string?)ice["Category"], (string?)ice["CreateTime"], (string?)ice["TemplateConfig"]!["VideoParams"]!["Codec"]),
            Is.EqualTo(("customized", "2026-01-01T00:00:00Z", "H.264")));
        var edge = (await client.CallAsync("GetEdgeTranscodeTemplate", ("ClusterId", "c1"), ("TemplateId", "e1"))).Ok()["Template"];
        Assert.That(((string?)edge["Type"], (string?)edge["Codec"], (string?)edge["CreateTime"]), Is.EqualTo(("common", "H.264", "2026-01-01T00:00:00Z")));
    }
}
