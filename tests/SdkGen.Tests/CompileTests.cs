using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>Generated code compiles with Roslyn against the real Pulumi assembly, and a misuse of its API does not.</summary>
public class CompileTests
{
    [Test]
    public void Golden_output_compiles_with_no_errors()
    {
        var errors = CSharpCompiler.Errors(CSharpSources(TestPaths.GenerateGolden()));
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
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
