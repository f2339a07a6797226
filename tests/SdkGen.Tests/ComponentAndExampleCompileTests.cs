using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The SDK with its generated component compiles (Roslyn, real Pulumi) and the compile is not lax; there is a C#
/// example per resource and one with the component. The examples themselves are compiled and run by <see cref="ExampleRunTests"/>.
/// </summary>
public class ComponentAndExampleCompileTests
{
    [Test]
    public void The_sdk_with_its_components_compiles_with_no_errors()
    {
        var errors = CSharpCompiler.Errors(SdkWithComponents());
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }

    [Test]
    public void There_is_a_csharp_example_per_resource_and_one_with_the_component()
    {
        var programs = string.Join('\n', ExampleFiles.CSharp().SelectMany(e => new ExampleFiles(e).Sources.Select(s => s.Value)));
        foreach (var type in new[] { "new LiveTranscodeJob(", "new PullToPushTask(", "new RecordVodConfig(", "new EdgeTranscodeJob(", "new LiveChannel(" })
        {
            Assert.That(programs, Does.Contain(type));
        }
    }

    [Test]
    public void A_component_misusing_a_generated_type_fails_to_compile()
    {
        var broken = SdkWithComponents().Select(kv => kv.Key.EndsWith("LiveChannel.cs", StringComparison.Ordinal)
            ? KeyValuePair.Create(kv.Key, kv.Value.Replace("remote: true", "remote: 42", StringComparison.Ordinal))
            : kv);
        Assert.That(CSharpCompiler.Errors(broken), Is.Not.Empty);
    }

    private static IEnumerable<KeyValuePair<string, string>> SdkWithComponents() =>
        Directory.EnumerateFiles(TestPaths.RepoSdk, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p, File.ReadAllText(p)));
}
