using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>The generator's output for Golden/schema.json (every construct) equals the reviewed files in Golden/expected.</summary>
public class GoldenTests
{
    [Test]
    public void Output_for_the_golden_schema_matches_the_expected_files()
    {
        var generated = TestPaths.GenerateGolden();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(TestPaths.GoldenExpected))
            {
                Directory.Delete(TestPaths.GoldenExpected, recursive: true);
            }

            OutputDirectory.Write(TestPaths.GoldenExpected, generated);
        }

        var expected = SdkFolder.ReadGenerated(TestPaths.GoldenExpected);
        Assert.That(generated.Keys, Is.EqualTo(expected.Keys), "file list (UPDATE_GOLDEN=1 rewrites the expected files)");
        foreach (var (path, content) in expected)
        {
            Assert.That(generated[path], Is.EqualTo(content), $"{path} (UPDATE_GOLDEN=1 rewrites the expected files)");
        }
    }

    [Test]
    public void Every_file_uses_LF_line_endings_and_ends_with_a_newline()
    {
        foreach (var (path, content) in TestPaths.GenerateGolden())
        {
            Assert.That(content, Does.Not.Contain("\r"), path);
            Assert.That(content, Does.EndWith("\n"), path);
        }
    }

    [Test]
    public void Property_order_in_the_schema_does_not_change_the_output()
    {
        var schema = File.ReadAllText(TestPaths.GoldenSchema);
        var reordered = System.Text.Json.Nodes.JsonNode.Parse(schema)!;
        var inputs = reordered["resources"]!["acme-live:media:Transcoder"]!["inputProperties"]!.AsObject();
        var reversed = inputs.Reverse().Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())).ToList();
        inputs.Clear();
        foreach (var (key, value) in reversed)
        {
            inputs[key] = value;
        }

        Assert.That(SdkGenerator.Generate(reordered.ToJsonString()), Is.EqualTo(SdkGenerator.Generate(schema)));
    }
}
