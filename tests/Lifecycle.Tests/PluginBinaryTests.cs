using System.Text.Json.Nodes;
using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using Grpc.Core;
using Grpc.Health.V1;

namespace AlicloudLive.Lifecycle.Tests;

/// <summary>The built plugin binary as the engine meets it: argv, first stdout line, the protocol via npm's own client, shutdown.</summary>
public sealed class PluginBinaryTests
{
    /// <summary>No credentials anywhere: environment variables blanked, HOME without ~/.aliyun.</summary>
    private static Dictionary<string, string> NoCredentials() => new()
    {
        ["HOME"] = Directory.CreateTempSubdirectory("alicloud-live-home").FullName,
        ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = string.Empty,
        ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = string.Empty,
        ["ALICLOUD_ACCESS_KEY"] = string.Empty,
        ["ALICLOUD_SECRET_KEY"] = string.Empty,
        ["ALIBABA_CLOUD_PROFILE"] = string.Empty,
        ["ALICLOUD_PROFILE"] = string.Empty,
        ["ALIBABA_CLOUD_CONFIG_FILE"] = string.Empty,
    };

    [Test]
    public async Task Npm_client_gets_handshake_plugin_info_and_exactly_the_committed_schema_with_engine_flags_in_argv()
    {
        await using var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, ["--logtostderr", "-v=9", "--logflow", "--tracing", "file:///tmp/trace", "127.0.0.1:1"]);
        Assert.That(plugin.FirstLine, Does.Match("^[0-9]+$"), "the first stdout line is the port alone");

        var run = await ProcessRun.NodeAsync("plugin/engine-client.js", [plugin.FirstLine, "basics"]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var result = JsonNode.Parse(run.StdOut)!;

        Assert.That((bool)result["handshake"]!["acceptSecrets"]!, Is.True);
        Assert.That((bool)result["handshake"]!["acceptResources"]!, Is.True);
        Assert.That((bool)result["handshake"]!["supportsAutonamingConfiguration"]!, Is.True);
        var version = (await ProcessRun.RunAsync(RepoPaths.PluginBinary, ["--version"])).StdOut.Trim();
        Assert.That((string?)result["version"], Is.EqualTo(version));
        Assert.That((string?)result["schema"], Is.EqualTo(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema.json"))), "GetSchema must serve exactly the committed schema.json (run `make schema`)");
        Assert.That((int)result["unknownRpc"]!["code"]!, Is.EqualTo((int)StatusCode.Unimplemented));
    }

    [Test]
    public async Task Schema_subcommand_prints_the_committed_schema()
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.PluginBinary), ["schema"]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StdOut, Is.EqualTo(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema.json"))), "schema.json drifted from the definitions: run `make schema`");
    }

    [Test]
    public async Task Configure_without_credentials_answers_missing_keys_naming_the_environment_variables()
    {
        await using var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, ["127.0.0.1:1"], NoCredentials());
        var run = await ProcessRun.NodeAsync("plugin/engine-client.js", [plugin.FirstLine, "configure-missing"]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var result = JsonNode.Parse(run.StdOut)!;

        Assert.That((int)result["code"]!, Is.EqualTo((int)StatusCode.InvalidArgument));
        var keys = result["details"]![0]!["missingKeys"]!.AsArray();
        Assert.That(keys.Select(k => (string?)k!["name"]), Is.EquivalentTo(new[] { "alicloud-live:accessKey", "alicloud-live:secretKey" }));
        Assert.That((string?)keys[0]!["description"], Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_ID"));
        Assert.That((string?)keys[1]!["description"], Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    }

    [Test]
    public async Task Health_check_answers_serving()
    {
        await using var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, []);
        using var client = new GrpcClient($"127.0.0.1:{plugin.FirstLine}");
        var health = await client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser, TimeSpan.FromSeconds(10));
        Assert.That(health.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
    }

    /// <summary>A background job of a non-interactive shell (CI scripts, `cmd &amp;`) starts with SIGINT and SIGQUIT ignored; `exec` keeps that.</summary>
    [TestCase(2, TestName = "SIGINT stops the plugin cleanly even when it was started with SIGINT ignored")]
    [TestCase(3, TestName = "SIGQUIT stops the plugin cleanly even when it was started with SIGQUIT ignored")]
    public async Task A_stop_signal_stops_the_plugin_even_when_it_was_started_ignored(int signal)
    {
        await using var plugin = await ServerProcess.StartAsync("/bin/sh", ["-c", $"trap '' {signal}; exec \"$0\"", RepoPaths.RequireBuilt(RepoPaths.PluginBinary)]);
        Assert.That(plugin.FirstLine, Does.Match("^[0-9]+$"));

        Assert.That(await plugin.SignalAndWaitAsync(signal, TimeSpan.FromSeconds(10)), Is.True, $"signal {signal} must stop the plugin");
        Assert.That(plugin.ExitCode, Is.Zero, plugin.StdErr);
    }
}
