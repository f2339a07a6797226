using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>Generated code compiles with Roslyn against the compile-only Pulumi API stub, and the stub is not lax.</summary>
public class CompileTests
{
    [Test]
    public void The_Pulumi_API_stub_compiles()
    {
        Assert.That(CSharpCompiler.StubErrors, Is.Empty, CSharpCompiler.Describe(CSharpCompiler.StubErrors));
    }

    [Test]
    public void Golden_output_compiles_with_no_errors()
    {
        var errors = CSharpCompiler.Errors(CSharpSources(TestPaths.GenerateGolden()));
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }

    [Test]
    public void The_repository_sdk_compiles_with_no_errors()
    {
        Assert.That(File.Exists(TestPaths.RepoSchema), Is.True, "schema.json is missing at the repository root: run `make schema`, then `make sdk`");
        var sources = CSharpSources(SdkFolder.ReadGenerated(TestPaths.RepoSdk)).ToList();
        Assert.That(sources, Is.Not.Empty, "sdk/dotnet has no generated code: run `make sdk`");
        var errors = CSharpCompiler.Errors(sources);
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }

    [TestCase("Output<int> o = Output.Create(\"text\");", TestName = "Output of the wrong type")]
    [TestCase("var o = Output.CreateSecrets(0);", TestName = "a method the API does not have")]
    [TestCase("var o = new CustomResourceOptions { AdditionalSecretOutputs = { 1 } };", TestName = "a secret output that is not a name")]
    [TestCase("var l = new InputList<int>(); l.Add(\"text\");", TestName = "an InputList element of the wrong type")]
    [TestCase("var r = new CustomResource(\"t\", \"n\", new object());", TestName = "resource args that are not ResourceArgs")]
    public void The_stub_rejects_code_that_misuses_the_API(string statement)
    {
        var source = "namespace Check { using Pulumi; static class Snippet { static void Run() { " + statement + " } } }";
        Assert.That(CSharpCompiler.Errors([KeyValuePair.Create("Snippet.cs", source)]), Is.Not.Empty);
    }

    [Test]
    public void The_stub_rejects_an_output_attribute_on_a_field()
    {
        const string source = "namespace Check { using Pulumi; class C { [Output(\"x\")] public Output<int> F = null!; } }";
        Assert.That(CSharpCompiler.Errors([KeyValuePair.Create("Snippet.cs", source)]), Is.Not.Empty);
    }

    [Test]
    public void A_broken_secret_setter_in_generated_code_fails_to_compile()
    {
        var files = CSharpSources(TestPaths.GenerateGolden()).ToDictionary(kv => kv.Key, kv => kv.Value);
        var transcoder = files["Media/Transcoder.cs"];
        Assert.That(transcoder, Does.Contain("Output.Tuple<Input<string>?, int>(value, emptySecret)"));
        files["Media/Transcoder.cs"] = transcoder.Replace(
            "Output.Tuple<Input<string>?, int>(value, emptySecret)", "Output.Tuple<Input<int>?, int>(value, emptySecret)", StringComparison.Ordinal);
        Assert.That(CSharpCompiler.Errors(files), Is.Not.Empty);
    }

    private static IEnumerable<KeyValuePair<string, string>> CSharpSources(IReadOnlyDictionary<string, string> files) =>
        files.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal));
}
