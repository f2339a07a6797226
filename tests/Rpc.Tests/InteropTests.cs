using System.Text.Json;
using AlicloudLive.TestSupport;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Rpc.Tests;

/// <summary>The real Pulumi client stack (@pulumi/pulumi's generated client over @grpc/grpc-js) against our server.</summary>
public class InteropTests
{
    [Test]
    public async Task Pulumi_node_client_reads_plugin_info_missing_keys_unimplemented_and_deadlines()
    {
        var router = new GrpcRouter();
        router.MapUnary("/pulumirpc.ResourceProvider/GetPluginInfo", Empty.Parser, (_, _) =>
            Task.FromResult(new PluginInfo { Version = "0.1.0-interop" }));
        router.MapUnary<ConfigureRequest, ConfigureResponse>("/pulumirpc.ResourceProvider/Configure", ConfigureRequest.Parser, (_, _) =>
            throw StatusDetails.Error(StatusCode.InvalidArgument, "missing required configuration keys: ✗ 100%", [Any.Pack(MissingKeys())]));
        router.MapUnary<CheckRequest, CheckResponse>("/pulumirpc.ResourceProvider/Check", CheckRequest.Parser, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new CheckResponse();
        });
        await using var server = await GrpcServer.StartAsync(router);

        var result = await ProcessRun.NodeAsync("rpc/provider-client.js", [$"127.0.0.1:{server.Port}"], timeout: TimeSpan.FromSeconds(60));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        var configure = root.GetProperty("configure");
        var detail = configure.GetProperty("anyDetails")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("pluginInfo").GetProperty("version").GetString(), Is.EqualTo("0.1.0-interop"));
            Assert.That(configure.GetProperty("code").GetInt32(), Is.EqualTo(3));
            Assert.That(configure.GetProperty("details").GetString(), Is.EqualTo("missing required configuration keys: ✗ 100%"));
            Assert.That(configure.GetProperty("statusCode").GetInt32(), Is.EqualTo(3));
            Assert.That(detail.GetProperty("typeUrl").GetString(), Is.EqualTo("type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys"));
            Assert.That(
                detail.GetProperty("missingKeys").EnumerateArray().Select(k => k.GetProperty("name").GetString()),
                Is.EqualTo(new[] { "alicloud-live:accessKey", "alicloud-live:secretKey" }));
            Assert.That(detail.GetProperty("missingKeys")[0].GetProperty("description").GetString(), Does.Contain("ALICLOUD_ACCESS_KEY"));
            Assert.That(root.GetProperty("handshake").GetProperty("code").GetInt32(), Is.EqualTo(12));
            Assert.That(root.GetProperty("deadline").GetProperty("code").GetInt32(), Is.EqualTo(4));
        });
    }

    private static ConfigureErrorMissingKeys MissingKeys() => new()
    {
        MissingKeys =
        {
            new ConfigureErrorMissingKeys.Types.MissingKey { Name = "alicloud-live:accessKey", Description = "or set ALICLOUD_ACCESS_KEY" },
            new ConfigureErrorMissingKeys.Types.MissingKey { Name = "alicloud-live:secretKey", Description = "or set ALICLOUD_SECRET_KEY" },
        },
    };
}
