using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>State-file problems fail loudly at start-up, and an internal failure still answers the service's error JSON.</summary>
public sealed class StartupFailureTests
{
    private string _dir = "";

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("emulator-startup-").FullName;

    [TearDown]
    public void RemoveDirectory()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Test]
    public void A_state_file_in_a_missing_folder_fails_at_start_naming_the_folder()
    {
        var missing = Path.Combine(_dir, "no-such-folder");
        var error = Assert.ThrowsAsync<IOException>(() => EmulatorHost.StartAsync(new EmulatorOptions { StateFile = Path.Combine(missing, "state.json") }));
        Assert.That(error!.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public async Task A_corrupt_state_file_is_refused_naming_the_file()
    {
        var file = Path.Combine(_dir, "state.json");
        await File.WriteAllTextAsync(file, "{\"LiveTranscodeJobs\": [ {\"JobId\": ");
        var error = Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { StateFile = file }));
        Assert.That(error!.Message, Does.Contain(file));
    }

    [Test]
    public async Task A_failure_to_save_state_answers_InternalError_JSON_with_a_request_id()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { StateFile = Path.Combine(_dir, "state.json") });
        using var client = new EmulatorClient(emulator.BaseUrl);
        Directory.Delete(_dir, recursive: true);
        var response = await client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("Name", "n"), ("TemplateId", "edge-tpl-720p"),
            ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"));
        response.Fails("InternalError", 500);
        Assert.That((string?)response.Body["RequestId"], Is.Not.Empty);
        Assert.That((string?)response.Body["Message"], Does.Contain("state.json"), "the message says what failed");
        var calls = await client.AdminGetAsync("calls");
        Assert.That((int)calls["CreateEdgeTranscodeJob"]!["failed"]!, Is.EqualTo(1));
    }
}
