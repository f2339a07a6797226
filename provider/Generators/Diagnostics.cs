using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AlicloudLive.Generators;

/// <summary>The generator's errors: each names the declaration to fix and how.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor NotPartialRecord = Error(
        "ALM001", "A [PropertyModel] must be a partial record class", "'{0}' must be declared as a top-level 'partial record' (the generator adds its schema and codec)");

    public static readonly DiagnosticDescriptor UnsupportedType = Error(
        "ALM002", "Unsupported property type", "'{0}' has type '{1}'; a model property is a string, int, double, bool, a [PropertyModel] object type with a token, or an IReadOnlyList of strings or of such object types");

    public static readonly DiagnosticDescriptor Nullability = Error(
        "ALM003", "Required and nullable disagree", "'{0}' {1}");

    public static readonly DiagnosticDescriptor BadDefault = Error(
        "ALM004", "Unsupported default", "'{0}' has a Default of type '{1}'; a default is a string, number or bool matching the property's type");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, "AlicloudLive.Models", DiagnosticSeverity.Error, isEnabledByDefault: true);
}

/// <summary>A diagnostic as plain data, comparable between runs of the pipeline.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string FilePath, TextSpan Span, LinePositionSpan Lines, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var tree = location?.SourceTree;
        return new(
            descriptor,
            tree?.FilePath ?? "",
            location?.SourceSpan ?? default,
            location?.GetLineSpan().Span ?? default,
            new EquatableArray<string>([.. arguments]));
    }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, Lines), [.. Arguments]);
}
