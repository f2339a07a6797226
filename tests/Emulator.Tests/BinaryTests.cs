using System.Text.RegularExpressions;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Emulator.Tests;

/// <summary>The published binary (bin/alicloud-live-emulator from `make build`) honours the CLI contract.</summary>
public sealed partial class BinaryTests
{
    [Test]
    public async Task The_first_stdout_line_is_the_base_URL_and_SIGTERM_exits_cleanly()
    {
        var server = await ServerProcess.StartAsync(RepoPaths.EmulatorBinary, ["--access-key-id", "bin-id", "--access-key-secret", "bin-secret"]);
        await using (server)
        {
            Assert.That(server.FirstLine, Does.Match(BaseUrl()));
            using var http = new HttpClient();
            Assert.That(await http.GetStringAsync(server.FirstLine + "/_emulator/health"), Is.EqualTo("""{"status":"ok"}"""));
            using var client = new Support.EmulatorClient(new Uri(server.FirstLine), "bin-id", "bin-secret");
            (await client.CallAsync("ListLiveTranscodeJobs")).Ok();
            Assert.That(await server.SignalAndWaitAsync(15, TimeSpan.FromSeconds(20)), Is.True);
            Assert.That(server.ExitCode, Is.Zero, server.StdErr);
            Assert.That(server.StdOutAfterFirstLine, Is.Empty);
            Assert.That(server.StdErr, Does.Not.Contain("bin-secret"));
        }
    }

    [TestCase("0.0.0.0:0")]
    [TestCase("192.168.1.10:8080")]
    public async Task A_non_loopback_listen_address_exits_non_zero_with_a_message(string listen)
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.EmulatorBinary), ["--listen", listen], timeout: TimeSpan.FromSeconds(30));
        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.StdOut, Is.Empty);
        Assert.That(run.StdErr, Does.Contain("loopback"));
    }

    [Test]
    public async Task State_survives_a_restart_of_the_binary_with_state_file()
    {
        var dir = Directory.CreateTempSubdirectory("emulator-bin-").FullName;
        try
        {
            var args = new[] { "--state-file", Path.Combine(dir, "state.json") };
            string jobId;
            await using (var first = await ServerProcess.StartAsync(RepoPaths.EmulatorBinary, args))
            {
                using var client = new Support.EmulatorClient(new Uri(first.FirstLine));
                jobId = (string)(await client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("Name", "persisted"), ("TemplateId", "edge-tpl-720p"),
                    ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"))).Ok()["JobId"]!;
            }

            await using var second = await ServerProcess.StartAsync(RepoPaths.EmulatorBinary, args);
            using var again = new Support.EmulatorClient(new Uri(second.FirstLine));
            var job = (await again.CallAsync("GetEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("JobId", jobId))).Ok()["Job"];
            Assert.That((string?)job["Name"], Is.EqualTo("persisted"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public async Task Help_prints_usage_with_every_flag_and_exits_zero(string flag)
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.EmulatorBinary), [flag], timeout: TimeSpan.FromSeconds(30));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StdOut, Does.StartWith("usage: alicloud-live-emulator"));
        foreach (var documented in new[] { "--listen", "--access-key-id", "--access-key-secret", "--security-token", "--state-file", "--seed", "--no-throttle", "--help", "-h", "--version" })
        {
            Assert.That(run.StdOut, Does.Contain(documented + " "), documented);
        }
    }

    [Test]
    public async Task Version_prints_the_version_and_exits_zero()
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.EmulatorBinary), ["--version"], timeout: TimeSpan.FromSeconds(30));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StdOut.Trim(), Does.Match(@"^alicloud-live-emulator \d+\.\d+\.\d+"));
    }

    [Test]
    public async Task A_state_file_in_a_missing_folder_exits_non_zero_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "emulator-missing-" + Guid.NewGuid().ToString("N"));
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.EmulatorBinary), ["--state-file", Path.Combine(missing, "state.json")], timeout: TimeSpan.FromSeconds(30));
        Assert.That(run.ExitCode, Is.Not.Zero, run.ToString());
        Assert.That(run.StdOut, Is.Empty);
        Assert.That(run.StdErr, Does.Contain(missing));
    }

    [Test]
    public async Task An_internal_failure_answers_error_JSON_and_is_logged_to_stderr()
    {
        var dir = Directory.CreateTempSubdirectory("emulator-bin-").FullName;
        await using var server = await ServerProcess.StartAsync(RepoPaths.EmulatorBinary, ["--state-file", Path.Combine(dir, "state.json")]);
        Directory.Delete(dir, recursive: true);
        using var client = new Support.EmulatorClient(new Uri(server.FirstLine));
        var response = await client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", "edge-cluster-1"), ("Name", "n"), ("TemplateId", "edge-tpl-720p"),
            ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"));
        response.Fails("InternalError", 500);
        Assert.That(await server.SignalAndWaitAsync(15, TimeSpan.FromSeconds(20)), Is.True);
        Assert.That(server.StdErr, Does.Contain("internal error").And.Contain((string)response.Body["RequestId"]!));
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+$")]
    private static partial Regex BaseUrl();
}
