using AlicloudLive.SdkGen.Tests.Support;
using AlicloudLive.TestSupport;
using Microsoft.CodeAnalysis;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The hand-written LiveChannel component and every C# example program compile with Roslyn against the generated
/// SDK and the compile-only Pulumi API stub (the real Pulumi package cannot be restored here).
/// </summary>
public class ComponentAndExampleCompileTests
{
    private static string Examples => Path.Combine(RepoPaths.Root, "examples");

    public static IEnumerable<string> CSharpExamples() =>
        Directory.EnumerateDirectories(Examples)
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    [Test]
    public void The_sdk_with_its_components_compiles_with_no_errors()
    {
        var errors = CSharpCompiler.Errors(SdkWithComponents());
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }

    [Test]
    public void There_is_a_csharp_example_per_resource_and_one_with_the_component()
    {
        var programs = string.Join('\n', CSharpExamples().Select(e => File.ReadAllText(Path.Combine(Examples, e, "Program.cs"))));
        foreach (var type in new[] { "new LiveTranscodeJob(", "new PullToPushTask(", "new RecordVodConfig(", "new EdgeTranscodeJob(", "new LiveChannel(" })
        {
            Assert.That(programs, Does.Contain(type));
        }
    }

    [TestCaseSource(nameof(CSharpExamples))]
    public void Example_program_compiles_against_the_sdk(string example)
    {
        var dir = Path.Combine(Examples, example);
        Assert.That(File.Exists(Path.Combine(dir, "Pulumi.yaml")), Is.True, "each example is a Pulumi project");
        var program = Directory.EnumerateFiles(dir, "*.cs").Select(p => KeyValuePair.Create(p, ImplicitUsings + File.ReadAllText(p)));
        var errors = CSharpCompiler.Errors(SdkWithComponents().Concat(program), OutputKind.ConsoleApplication);
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }

    [Test]
    public void A_component_misusing_a_generated_type_fails_to_compile()
    {
        var broken = SdkWithComponents().Select(kv => kv.Key.EndsWith("LiveChannel.cs", StringComparison.Ordinal)
            ? KeyValuePair.Create(kv.Key, kv.Value.Replace("DstUrl = ingestUrl", "DstUrl = 42", StringComparison.Ordinal))
            : kv);
        Assert.That(CSharpCompiler.Errors(broken), Is.Not.Empty);
    }

    /// <summary>What ImplicitUsings gives an SDK-style console project.</summary>
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;\n";

    private static IEnumerable<KeyValuePair<string, string>> SdkWithComponents() =>
        Directory.EnumerateFiles(TestPaths.RepoSdk, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p, File.ReadAllText(p)));
}
