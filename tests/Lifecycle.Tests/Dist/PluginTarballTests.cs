using System.Formats.Tar;
using System.IO.Compression;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Dist;

/// <summary>
/// The linux-amd64 release tarball installed as `pulumi plugin install resource alicloud-live v&lt;version&gt; --file`
/// lays it out: unpacked into plugins/resource-alicloud-live-v&lt;version&gt;/, where the engine runs
/// pulumi-resource-alicloud-live from (pulumi's workspace PluginSpec.Dir and File).
/// </summary>
public sealed class PluginTarballTests
{
    [Test]
    public async Task Installed_linux_amd64_tarball_answers_the_engine_handshake_and_its_version()
    {
        var version = (await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.PluginBinary), ["--version"])).StdOut.Trim();
        var tarball = Path.Combine(RepoPaths.Root, "dist", $"pulumi-resource-alicloud-live-v{version}-linux-amd64.tar.gz");
        Assert.That(File.Exists(tarball), Is.True, $"{tarball} is missing: run `make dist-linux-amd64`");

        var pluginDir = Path.Combine(Directory.CreateTempSubdirectory("alicloud-live-pulumi-home").FullName, "plugins", $"resource-alicloud-live-v{version}");
        Directory.CreateDirectory(pluginDir);
        await using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
        {
            await TarFile.ExtractToDirectoryAsync(gzip, pluginDir, overwriteFiles: false);
        }
        var binary = Path.Combine(pluginDir, "pulumi-resource-alicloud-live");
        Assert.That(Directory.GetFileSystemEntries(pluginDir).Select(Path.GetFileName), Is.EqualTo(new[] { "pulumi-resource-alicloud-live" }), "the binary alone, at the archive root");
        Assert.That(!OperatingSystem.IsWindows() && File.GetUnixFileMode(binary).HasFlag(UnixFileMode.UserExecute), Is.True, "the archive keeps the executable bit");

        await using var engine = await FakeEngine.StartAsync();
        await using var plugin = await ServerProcess.StartAsync(binary, [engine.Address]);
        using var client = new GrpcClient($"127.0.0.1:{plugin.FirstLine}");
        var handshake = await client.UnaryAsync("/pulumirpc.ResourceProvider/Handshake",
            new ProviderHandshakeRequest { EngineAddress = engine.Address, RootDirectory = pluginDir, ProgramDirectory = pluginDir },
            ProviderHandshakeResponse.Parser, TimeSpan.FromSeconds(10));
        Assert.That(handshake.AcceptSecrets, Is.True);
        var info = await client.UnaryAsync("/pulumirpc.ResourceProvider/GetPluginInfo", new Empty(), PluginInfo.Parser, TimeSpan.FromSeconds(10));
        Assert.That(info.Version, Is.EqualTo(version));
    }
}
