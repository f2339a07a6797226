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

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+$")]
    private static partial Regex BaseUrl();
}
