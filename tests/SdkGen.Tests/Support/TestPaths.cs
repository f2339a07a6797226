using AlicloudLive.TestSupport;

namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>Where the golden schema, its expected output, the API stub and the repository's SDK live.</summary>
internal static class TestPaths
{
    public static string Project => Path.Combine(RepoPaths.Root, "tests", "SdkGen.Tests");

    public static string GoldenSchema => Path.Combine(Project, "Golden", "schema.json");

    public static string GoldenExpected => Path.Combine(Project, "Golden", "expected");


    public static string RepoSchema => Path.Combine(RepoPaths.Root, "schema.json");

    public static string RepoSdk => Path.Combine(RepoPaths.Root, "sdk", "dotnet");

    public static IReadOnlyDictionary<string, string> GenerateGolden() => SdkGenerator.Generate(File.ReadAllText(GoldenSchema));
}
