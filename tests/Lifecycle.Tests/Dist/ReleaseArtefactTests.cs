using System.Formats.Tar;
using System.Security.Cryptography;
using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Dist;

/// <summary>
/// Every artefact `make dist` writes: one plugin tarball per platform holding its platform's binary alone, the emulator
/// tarball, and SHA256SUMS. The Linux binaries are installed as `pulumi plugin install --file` lays them out and driven
/// through the engine handshake (linux-arm64 under qemu-user); the macOS and Windows ones, which cannot run here, are
/// checked for their platform's executable format and architecture.
/// </summary>
public sealed class ReleaseArtefactTests
{
    private static readonly string[] Platforms = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"];

    [Test]
    public async Task Sha256sums_lists_every_artefact_with_its_checksum()
    {
        var version = await ReleaseArtefacts.VersionAsync();
        var expected = Platforms.Select(p => $"{ReleaseArtefacts.Plugin}-v{version}-{p}.tar.gz")
            .Append($"{ReleaseArtefacts.Emulator}-v{version}-linux-amd64.tar.gz")
            .Order(StringComparer.Ordinal);

        var listed = (await File.ReadAllLinesAsync(ReleaseArtefacts.Existing("SHA256SUMS")))
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

        Assert.That(listed.Keys.Order(StringComparer.Ordinal), Is.EqualTo(expected), "sha256sum's format: the hash, two spaces, the file name");
        foreach (var (name, hash) in listed)
        {
            await using var file = File.OpenRead(ReleaseArtefacts.Existing(name));
            Assert.That(hash, Is.EqualTo(Convert.ToHexStringLower(await SHA256.HashDataAsync(file))), name);
        }
    }

    [TestCase("linux-amd64", "ELF x86-64")]
    [TestCase("linux-arm64", "ELF aarch64")]
    [TestCase("darwin-amd64", "Mach-O x86_64")]
    [TestCase("darwin-arm64", "Mach-O arm64")]
    [TestCase("windows-amd64", "PE32+ x86-64")]
    public async Task Each_plugin_tarball_holds_its_platforms_executable_alone_at_the_root(string platform, string format)
    {
        var entries = await ReleaseArtefacts.EntriesAsync(await ReleaseArtefacts.PluginTarballAsync(platform));

        var name = platform.StartsWith("windows", StringComparison.Ordinal) ? ReleaseArtefacts.Plugin + ".exe" : ReleaseArtefacts.Plugin;
        Assert.That(entries.Select(e => e.Entry.Name), Is.EqualTo(new[] { name }), "the binary alone, at the archive root");
        var (entry, content) = entries[0];
        Assert.That(entry.EntryType, Is.AnyOf(TarEntryType.RegularFile, TarEntryType.V7RegularFile));
        var everyoneExecutes = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        Assert.That(entry.Mode & everyoneExecutes, Is.EqualTo(everyoneExecutes), "executable by everyone");
        Assert.That((entry as PosixTarEntry)?.Uid, Is.Zero, "owned by root, not by the build machine's user");
        Assert.That(ExecutableFormat.Describe(content), Is.EqualTo(format));
    }

    [Test]
    public async Task The_macos_arm64_binary_carries_a_code_signature()
    {
        // macOS on Apple silicon refuses to run an arm64 binary that has no signature; an ad-hoc one is enough.
        var (_, content) = (await ReleaseArtefacts.EntriesAsync(await ReleaseArtefacts.PluginTarballAsync("darwin-arm64"))).Single();

        Assert.That(ExecutableFormat.MachOLoadCommands(content), Does.Contain(ExecutableFormat.CodeSignatureCommand));
    }

    [TestCase("linux-amd64")]
    [TestCase("linux-arm64")]
    public async Task Installed_linux_tarball_answers_the_engine_handshake_and_its_version(string platform)
    {
        var version = await ReleaseArtefacts.VersionAsync();
        var pluginDir = await ReleaseArtefacts.InstallAsync(await ReleaseArtefacts.PluginTarballAsync(platform));
        var binary = Path.Combine(pluginDir, ReleaseArtefacts.Plugin);

        await using var engine = await FakeEngine.StartAsync();
        await using var plugin = platform == "linux-arm64"
            ? await ServerProcess.StartAsync(Qemu.Aarch64, [.. Qemu.Arguments, binary, engine.Address], startTimeout: TimeSpan.FromMinutes(1))
            : await ServerProcess.StartAsync(binary, [engine.Address]);
        using var client = new GrpcClient($"127.0.0.1:{plugin.FirstLine}");
        var handshake = await client.UnaryAsync("/pulumirpc.ResourceProvider/Handshake",
            new ProviderHandshakeRequest { EngineAddress = engine.Address, RootDirectory = pluginDir, ProgramDirectory = pluginDir },
            ProviderHandshakeResponse.Parser, TimeSpan.FromSeconds(30));
        Assert.That(handshake.AcceptSecrets, Is.True);
        var info = await client.UnaryAsync("/pulumirpc.ResourceProvider/GetPluginInfo", new Empty(), PluginInfo.Parser, TimeSpan.FromSeconds(30));
        Assert.That(info.Version, Is.EqualTo(version));
    }

    [Test]
    public async Task The_emulator_tarball_serves_without_a_dotnet_installation()
    {
        var folder = Directory.CreateTempSubdirectory("alicloud-live-emulator").FullName;
        await ReleaseArtefacts.UnpackAsync(await ReleaseArtefacts.EmulatorTarballAsync(), folder);

        Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EqualTo(new[] { ReleaseArtefacts.Emulator }));
        // No dotnet on PATH and no DOTNET_ROOT: a self-contained binary needs neither.
        var env = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["DOTNET_ROOT"] = "" };
        await using var emulator = await ServerProcess.StartAsync(Path.Combine(folder, ReleaseArtefacts.Emulator), [], env);
        Assert.That(emulator.FirstLine, Does.StartWith("http://127.0.0.1:"));
    }
}
