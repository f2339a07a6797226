using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>
/// Compiles C# sources with Roslyn against the BCL and the real Pulumi assembly (the package this project restores),
/// plus optionally the built SDK, and reports errors or the loaded assembly.
/// </summary>
internal static class CSharpCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Bcl = new(LoadBcl);

    /// <summary>Pulumi and the assemblies its public API exposes, from this test's output folder.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> PulumiAssemblies = new(() =>
        [.. new[] { typeof(Pulumi.Resource).Assembly.Location }
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "OneOf*.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    /// <summary>The built SDK (sdk/dotnet) and this test assembly (for the example host).</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> SdkAndHost = new(() =>
        [MetadataReference.CreateFromFile(typeof(AlicloudLive.Sdk.Provider).Assembly.Location),
         MetadataReference.CreateFromFile(typeof(CSharpCompiler).Assembly.Location)]);

    /// <summary>Errors from compiling <paramref name="sources"/> (path → text) as a library against Pulumi alone.</summary>
    public static ImmutableArray<Diagnostic> Errors(IEnumerable<KeyValuePair<string, string>> sources) =>
        ErrorsOf(Compilation(sources, OutputKind.DynamicallyLinkedLibrary, withSdk: false).GetDiagnostics());

    /// <summary>Compiles a program against Pulumi and the built SDK and loads it; throws with the errors when it does not compile.</summary>
    public static System.Reflection.Assembly LoadProgram(string name, IEnumerable<KeyValuePair<string, string>> sources)
    {
        var compilation = Compilation(sources, OutputKind.ConsoleApplication, withSdk: true, name);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new AssertionException($"{name} does not compile:\n" + Describe(ErrorsOf(result.Diagnostics)));
        }

        return System.Reflection.Assembly.Load(image.ToArray());
    }

    public static string Describe(IEnumerable<Diagnostic> errors) => string.Join('\n', errors.Select(e => e.ToString()));

    private static CSharpCompilation Compilation(IEnumerable<KeyValuePair<string, string>> sources, OutputKind kind, bool withSdk, string name = "Generated")
    {
        // C# 12 is net8.0's default, the framework the SDK and the examples target.
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, options, path: s.Key));
        var references = Bcl.Value.AddRange(PulumiAssemblies.Value);
        return CSharpCompilation.Create(
            name,
            trees,
            withSdk ? references.AddRange(SdkAndHost.Value) : references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
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
