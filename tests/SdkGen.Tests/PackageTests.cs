using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The package sdk/dotnet builds (GeneratePackageOnBuild, as `make sdk-build` packs it) is publishable as the
/// project's own: its id is outside nuget.org's reserved "Pulumi." prefix, and its metadata comes from the schema.
/// </summary>
public class PackageTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(TestPaths.RepoSchema))!.AsObject();

    private static string Version => (string)Schema["version"]!;

    [Test]
    public void The_package_id_is_the_projects_own_and_its_metadata_comes_from_the_schema()
    {
        using var package = OpenPackage();
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.That(Field("id"), Is.EqualTo("AlicloudLive.Sdk").And.Not.StartWith("Pulumi."));
        Assert.That(Field("version"), Is.EqualTo(Version));
        Assert.That(Field("authors"), Is.EqualTo((string)Schema["publisher"]!));
        Assert.That(Field("license"), Is.EqualTo((string)Schema["license"]!));
        Assert.That(Field("readme"), Is.EqualTo("README.md"));
        var pulumi = metadata.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Pulumi");
        Assert.That((string?)pulumi.Attribute("version"), Is.EqualTo("[3.87.0, 4.0.0)"), "output types as resource outputs need pulumi-dotnet 3.87.0");
    }

    [Test]
    public void The_package_carries_the_plugin_metadata_the_version_and_the_readme()
    {
        using var package = OpenPackage();
        string Entry(string path) => new StreamReader(package.GetEntry(path)!.Open()).ReadToEnd();

        Assert.That(Entry("content/version.txt").Trim(), Is.EqualTo(Version));
        var plugin = JsonNode.Parse(Entry("content/pulumi-plugin.json"))!;
        Assert.That((string?)plugin["name"], Is.EqualTo("alicloud-live"));
        Assert.That((string?)plugin["version"], Is.EqualTo(Version));
        Assert.That(Entry("README.md"), Is.Not.Empty);
        Assert.That(package.Entries.Select(e => e.FullName), Does.Contain("lib/net8.0/AlicloudLive.Sdk.dll"));
    }

    /// <summary>The package built with this test run's SDK (same configuration as this test assembly).</summary>
    private static ZipArchive OpenPackage()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(TestPaths.RepoSdk, "bin", configuration, $"AlicloudLive.Sdk.{Version}.nupkg");
        Assert.That(File.Exists(path), Is.True, $"{path} was not built");
        return ZipFile.OpenRead(path);
    }
}
