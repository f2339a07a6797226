namespace AlicloudLive.TestSupport;

/// <summary>Locations in the repository, found from the test assembly by walking up to Provider.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Bin => Path.Combine(Root, "bin");

    public static string PluginBinary => Path.Combine(Bin, "pulumi-resource-alicloud-live");

    public static string EmulatorBinary => Path.Combine(Bin, "alicloud-live-emulator");

    public static string InteropDir => Path.Combine(Root, "tests", "Interop");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Fails with what to run when a binary `make build` produces is missing.</summary>
    public static string RequireBuilt(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: run `make build` first (make test and make bench do).");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Provider.sln not found above " + AppContext.BaseDirectory);
    }
}
