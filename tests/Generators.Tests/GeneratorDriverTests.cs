using AlicloudLive.Framework.Models;
using AlicloudLive.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlicloudLive.Generators.Tests;

/// <summary>The generator run by Roslyn's driver on source text: what it emits and what it refuses.</summary>
public class GeneratorDriverTests
{
    private const string Usings = "using AlicloudLive.Framework.Models;\nnamespace Sample;\n";

    [Test]
    public void A_sample_record_gets_wire_names_schema_and_codec_that_compile()
    {
        var (generated, diagnostics) = Run(Usings + """
            [PropertyModel]
            public sealed partial record TaskArgs
            {
                [Property("What the task pulls.")]
                public required System.Collections.Generic.IReadOnlyList<string> SourceUrls { get; init; }

                [Property("Retries. Defaults to 3.", Default = 3)]
                public int? RetryCount { get; init; }
            }
            """);

        Assert.That(diagnostics, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(generated, Does.Contain("public const string SourceUrls = \"sourceUrls\";"));
            Assert.That(generated, Does.Contain("new(nameof(RetryCount), Wire.RetryCount, global::AlicloudLive.Framework.Schema.TypeRef.Integer, \"Retries. Defaults to 3.\") { Default = global::AlicloudLive.Values.PropertyValue.From(3) },"));
            Assert.That(generated, Does.Contain("SourceUrls = global::AlicloudLive.Framework.Models.ModelCodec.Required(global::AlicloudLive.Framework.Models.ModelCodec.Strings(map, Wire.SourceUrls), \"TaskArgs\", Wire.SourceUrls),"));
            Assert.That(generated, Does.Contain(".Add(Wire.RetryCount, RetryCount)"));
        });
    }

    [TestCase("public required string? Name { get; init; }", "ALM003", "'Name' is required, so its type must not be nullable")]
    [TestCase("public string Name { get; init; } = \"\";", "ALM003", "'Name' is optional (not 'required'), so its type must be nullable: absent reads as null")]
    [TestCase("public System.DateTime? Name { get; init; }", "ALM002", "'Name' has type 'System.DateTime?'")]
    [TestCase("public System.Collections.Generic.IReadOnlyList<int>? Name { get; init; }", "ALM002", "'Name' has type")]
    [TestCase("public bool? Name { get; init; } // Default below", "ALM004", "'Name' has a Default of type 'string'", "Default = \"yes\"")]
    public void A_bad_property_declaration_is_an_error_that_says_what_to_fix(string member, string id, string message, string attributeExtra = "")
    {
        var extra = attributeExtra.Length == 0 ? "" : ", " + attributeExtra;
        var (generated, diagnostics) = Run(Usings + $$"""
            [PropertyModel]
            public sealed partial record BadArgs
            {
                [Property("A property."{{extra}})]
                {{member}}
            }
            """);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }));
        Assert.That(diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith(message));
        Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(generated, Is.Empty, "a model with errors gets no code, so the compiler reports only the cause");
    }

    [TestCase("public sealed record NotPartialArgs { }")]
    [TestCase("public sealed partial class ClassArgs { }")]
    public void A_model_that_is_not_a_partial_record_is_an_error(string declaration)
    {
        var (_, diagnostics) = Run(Usings + "[PropertyModel]\n" + declaration);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ALM001" }));
    }

    /// <summary>Runs the generator; returns the generated text and every error (the generator's and the compiler's).</summary>
    private static (string Generated, IReadOnlyList<Diagnostic> Diagnostics) Run(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new ModelGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = string.Concat(driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
        var errors = generatorDiagnostics.Concat(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)).ToList();
        return (generated, errors);
    }

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(PropertyModelAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(PropertyMap).Assembly.Location));
}
