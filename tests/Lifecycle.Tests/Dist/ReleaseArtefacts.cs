using System.Formats.Tar;
using System.IO.Compression;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Lifecycle.Tests.Dist;

/// <summary>What `make dist` writes to dist/, and a tarball read or unpacked the way `pulumi plugin install` does.</summary>
internal static class ReleaseArtefacts
{
    public const string Plugin = "pulumi-resource-alicloud-live";

    public const string Emulator = "alicloud-live-emulator";

    /// <summary>The built plugin's `--version`, asked once for every artefact name.</summary>
    private static readonly Lazy<Task<string>> Version = new(async () =>
        (await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.PluginBinary), ["--version"])).StdOut.Trim());

    public static Task<string> VersionAsync() => Version.Value;

    public static async Task<string> PluginTarballAsync(string platform) =>
        Existing($"{Plugin}-v{await VersionAsync()}-{platform}.tar.gz");

    public static async Task<string> EmulatorTarballAsync() =>
        Existing($"{Emulator}-v{await VersionAsync()}-linux-amd64.tar.gz");

    public static string Existing(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "dist", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: run `make dist` (make test does)");
    }

    /// <summary>The archive's entries, each with its header (mode, owner) and content.</summary>
    public static async Task<IReadOnlyList<(TarEntry Entry, byte[] Content)>> EntriesAsync(string tarball)
    {
        var entries = new List<(TarEntry, byte[])>();
        await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            using var content = new MemoryStream();
            if (entry.DataStream is { } data)
            {
                await data.CopyToAsync(content);
            }

            entries.Add((entry, content.ToArray()));
        }

        return entries;
    }

    /// <summary>
    /// Unpacks a plugin tarball as `pulumi plugin install resource alicloud-live v&lt;version&gt; --file` does: into
    /// &lt;PULUMI_HOME&gt;/plugins/resource-alicloud-live-v&lt;version&gt;/, where the engine runs the binary from
    /// (pulumi's workspace PluginSpec.Dir and File). Returns that folder.
    /// </summary>
    public static async Task<string> InstallAsync(string tarball)
    {
        var home = Directory.CreateTempSubdirectory("alicloud-live-pulumi-home").FullName;
        var pluginDir = Path.Combine(home, "plugins", $"resource-alicloud-live-v{await VersionAsync()}");
        Directory.CreateDirectory(pluginDir);
        await UnpackAsync(tarball, pluginDir);
        return pluginDir;
    }

    public static async Task UnpackAsync(string tarball, string folder)
    {
        await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        await TarFile.ExtractToDirectoryAsync(gzip, folder, overwriteFiles: false);
    }
}
