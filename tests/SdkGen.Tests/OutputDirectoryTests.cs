namespace AlicloudLive.SdkGen.Tests;

public class OutputDirectoryTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("sdkgen-out-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Writes_files_and_deletes_stale_generated_files_but_keeps_build_output()
    {
        Put("Old/Gone.cs", "stale");
        Put("Components/Removed.cs", "a component the schema no longer has");
        Put("obj/project.assets.json", "{}");
        Put("Provider.cs", "old content");

        var deleted = OutputDirectory.Write(_dir, new Dictionary<string, string>
        {
            ["Provider.cs"] = "new content\n",
            ["Ice/LiveTranscodeJob.cs"] = "job\n",
        });

        Assert.That(deleted, Is.EqualTo(new[] { "Components/Removed.cs", "Old/Gone.cs" }));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "Provider.cs")), Is.EqualTo("new content\n"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "Ice", "LiveTranscodeJob.cs")), Is.EqualTo("job\n"));
        Assert.That(File.Exists(Path.Combine(_dir, "obj", "project.assets.json")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(_dir, "Old")), Is.False, "emptied folders are removed");
    }

    [Test]
    public void A_version_txt_the_generator_did_not_produce_is_left_for_the_build()
    {
        Put("version.txt", "9.9.9");
        OutputDirectory.Write(_dir, new Dictionary<string, string> { ["README.md"] = "x\n" });
        Assert.That(File.ReadAllText(Path.Combine(_dir, "version.txt")), Is.EqualTo("9.9.9"));
    }

    [TestCase("Components/LiveChannel.cs", false)]
    [TestCase("bin/Release/x.dll", true)]
    [TestCase("version.txt", true)]
    [TestCase("ComponentsX/a.cs", false)]
    [TestCase("Ice/Components/a.cs", false)]
    [TestCase("Provider.cs", false)]
    public void Preserved_paths(string path, bool preserved) =>
        Assert.That(OutputDirectory.IsPreserved(path), Is.EqualTo(preserved));

    private void Put(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
