namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>Reads the generated files of an SDK folder (build output excluded).</summary>
internal static class SdkFolder
{
    public static SortedDictionary<string, string> ReadGenerated(string dir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(dir))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dir, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!OutputDirectory.IsPreserved(relative) || relative == "version.txt")
            {
                files[relative] = File.ReadAllText(path);
            }
        }

        return files;
    }

    /// <summary>Paths that are missing, extra or different, each with a short reason; empty when equal.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var differences = new List<string>();
        foreach (var (path, content) in expected)
        {
            if (!actual.TryGetValue(path, out var other))
            {
                differences.Add($"{path}: missing");
            }
            else if (other != content)
            {
                differences.Add($"{path}: differs");
            }
        }

        differences.AddRange(actual.Keys.Where(p => !expected.ContainsKey(p)).Select(p => $"{p}: not generated"));
        return differences;
    }
}
