namespace AlicloudLive.SdkGen;

/// <summary>Writes generated files into the SDK folder and removes generated files that are no longer produced.</summary>
public static class OutputDirectory
{
    /// <summary>Build output, never touched. Nothing in the SDK is hand-written: components come from the schema too.</summary>
    private static readonly string[] KeptFolders = ["bin", "obj"];

    /// <summary>
    /// Writes <paramref name="files"/> under <paramref name="outDir"/> (only files whose content changed) and deletes
    /// every other file there except under bin/ and obj/, and except a version.txt when none was
    /// generated (then the build supplies it, as upstream expects). Returns the relative paths deleted.
    /// </summary>
    public static IReadOnlyList<string> Write(string outDir, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(outDir);
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(outDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                File.WriteAllText(path, content);
            }
        }

        var deleted = new List<string>();
        foreach (var path in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outDir, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!files.ContainsKey(relative) && !IsPreserved(relative))
            {
                File.Delete(path);
                deleted.Add(relative);
            }
        }

        RemoveEmptyFolders(outDir);
        deleted.Sort(StringComparer.Ordinal);
        return deleted;
    }

    /// <summary>True for a relative path ('/'-separated) that pruning never deletes.</summary>
    public static bool IsPreserved(string relativePath) =>
        relativePath == "version.txt" || KeptFolders.Any(f => relativePath.StartsWith(f + "/", StringComparison.Ordinal));

    private static void RemoveEmptyFolders(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }
}
