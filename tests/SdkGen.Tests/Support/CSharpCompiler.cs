using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>
/// Compiles C# sources with Roslyn against the BCL and the compile-only Pulumi API stub (built as its own
/// assembly "Pulumi", as the real package is), and reports errors.
/// </summary>
internal static class CSharpCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Bcl = new(LoadBcl);
    private static readonly Lazy<(MetadataReference? Reference, ImmutableArray<Diagnostic> Errors)> Stub = new(BuildStub);

    /// <summary>Errors from compiling the stub itself; empty when it is well-formed.</summary>
    public static ImmutableArray<Diagnostic> StubErrors => Stub.Value.Errors;

    /// <summary>Errors from compiling <paramref name="sources"/> (path → text) as a library, C# 10 (net6.0's default).</summary>
    public static ImmutableArray<Diagnostic> Errors(IEnumerable<KeyValuePair<string, string>> sources, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var stub = Stub.Value.Reference ?? throw new InvalidOperationException(
            "the Pulumi API stub does not compile:\n" + string.Join('\n', Stub.Value.Errors));
        var options = new CSharpParseOptions(LanguageVersion.CSharp10);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, options, path: s.Key));
        var compilation = CSharpCompilation.Create(
            "Generated",
            trees,
            Bcl.Value.Add(stub),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        return ErrorsOf(compilation.GetDiagnostics());
    }

    public static string Describe(IEnumerable<Diagnostic> errors) => string.Join('\n', errors.Select(e => e.ToString()));

    private static (MetadataReference?, ImmutableArray<Diagnostic>) BuildStub()
    {
        var trees = Directory.EnumerateFiles(TestPaths.PulumiApiStub, "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path));
        var compilation = CSharpCompilation.Create(
            "Pulumi",
            trees,
            Bcl.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = ErrorsOf(result.Diagnostics);
        return result.Success ? (MetadataReference.CreateFromImage(image.ToArray()), errors) : (null, errors);
    }

    /// <summary>The runtime's own assemblies from the trusted platform list (not the test's dependencies).</summary>
    private static ImmutableArray<MetadataReference> LoadBcl()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(p => Path.GetDirectoryName(p) == runtimeDir)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static ImmutableArray<Diagnostic> ErrorsOf(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
}
