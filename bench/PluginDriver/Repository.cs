namespace AlicloudLive.PluginDriver;

/// <summary>The repository the driver runs in (found by walking up to Provider.sln) and its built binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PluginBinary => Built("pulumi-resource-alicloud-live");

    public static string EmulatorBinary => Built("alicloud-live-emulator");

    private static string Built(string name)
    {
        var path = Path.Combine(Root, "bin", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: run `make build` first (make bench does).");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the driver inside the repository: Provider.sln not found above " + Environment.CurrentDirectory);
    }
}
