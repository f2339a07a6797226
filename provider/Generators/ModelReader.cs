using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlicloudLive.Generators;

/// <summary>Reads a [PropertyModel] record's declaration into a <see cref="ModelShape"/>, or says what is wrong with it.</summary>
internal static class ModelReader
{
    public const string ModelAttribute = "AlicloudLive.Framework.Models.PropertyModelAttribute";
    private const string PropertyAttribute = "AlicloudLive.Framework.Models.PropertyAttribute";

    public static ModelResult Read(INamedTypeSymbol type, AttributeData attribute)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (!type.IsRecord || type.TypeKind != TypeKind.Class || type.ContainingType is not null || !IsPartial(type))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotPartialRecord, type.Locations.FirstOrDefault(), type.Name));
            return new ModelResult(null, new([.. diagnostics]));
        }

        var token = attribute.ConstructorArguments.Length == 2 ? attribute.ConstructorArguments[0].Value as string : null;
        var description = attribute.ConstructorArguments.Length == 2 ? attribute.ConstructorArguments[1].Value as string : null;
        var echoed = Named(attribute, "Echoes").Value as INamedTypeSymbol;
        var properties = Properties(type, forceOptional: false, diagnostics);
        var echoes = echoed is null ? [] : Properties(echoed, forceOptional: true, diagnostics: null);
        var hasSpecs = type.GetMembers("Specs").Any(m => m.IsStatic);
        var model = new ModelShape(
            type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            token,
            description,
            hasSpecs,
            new([.. properties]),
            new([.. echoes]));
        return new ModelResult(diagnostics.Count == 0 ? model : null, new([.. diagnostics]));
    }

    /// <summary>The [Property] members in declaration order; <paramref name="diagnostics"/> null reads without reporting.</summary>
    private static List<PropertyShape> Properties(INamedTypeSymbol type, bool forceOptional, List<DiagnosticInfo>? diagnostics)
    {
        var shapes = new List<PropertyShape>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == PropertyAttribute);
            if (attribute is null)
            {
                continue;
            }

            var shape = Shape(property, attribute, diagnostics ?? []);
            if (shape is not null)
            {
                shapes.Add(forceOptional ? shape with { Required = false, InSchemaRequired = false, Default = null } : shape);
            }
        }

        return shapes;
    }

    private static PropertyShape? Shape(IPropertySymbol property, AttributeData attribute, List<DiagnosticInfo> diagnostics)
    {
        var location = property.Locations.FirstOrDefault();
        var (type, nullable) = Unwrapped(property.Type);
        if (property.IsRequired == nullable)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.Nullability,
                location,
                property.Name,
                nullable ? "is required, so its type must not be nullable" : "is optional (not 'required'), so its type must be nullable: absent reads as null"));
        }

        var isList = false;
        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && generic.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            isList = true;
            type = generic.TypeArguments[0];
        }

        var kind = Kind(type, out var objectModel);
        if (kind is null || (isList && kind is not (ValueKind.String or ValueKind.Object)))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedType, location, property.Name, property.Type.ToDisplayString()));
            return null;
        }

        var defaultValue = Named(attribute, "Default");
        string? defaultCode = null;
        if (!defaultValue.IsNull)
        {
            defaultCode = DefaultCode(defaultValue, kind.Value, isList);
            if (defaultCode is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.BadDefault, location, property.Name, defaultValue.Type?.ToDisplayString() ?? "null"));
            }
        }

        return new PropertyShape(
            property.Name,
            Named(attribute, "Name").Value as string ?? char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1),
            kind.Value,
            isList,
            objectModel,
            property.IsRequired,
            property.IsRequired || Named(attribute, "Required").Value is true,
            attribute.ConstructorArguments.FirstOrDefault().Value as string ?? "",
            Named(attribute, "Secret").Value is true,
            Named(attribute, "IgnoreCase").Value is true,
            defaultCode);
    }

    private static (ITypeSymbol Type, bool Nullable) Unwrapped(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n => (n.TypeArguments[0], true),
        _ => (type, type.NullableAnnotation == NullableAnnotation.Annotated),
    };

    private static ValueKind? Kind(ITypeSymbol type, out string? objectModel)
    {
        objectModel = null;
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueKind.String;
            case SpecialType.System_Int32:
                return ValueKind.Integer;
            case SpecialType.System_Double:
                return ValueKind.Number;
            case SpecialType.System_Boolean:
                return ValueKind.Boolean;
        }

        var model = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelAttribute);
        if (model is { ConstructorArguments.Length: 2 })
        {
            objectModel = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return ValueKind.Object;
        }

        return null;
    }

    private static string? DefaultCode(TypedConstant value, ValueKind kind, bool isList) => (value.Value, kind, isList) switch
    {
        (string s, ValueKind.String, false) => $"global::AlicloudLive.Values.PropertyValue.From({SymbolDisplay.FormatLiteral(s, quote: true)})",
        (int i, ValueKind.Integer or ValueKind.Number, false) => $"global::AlicloudLive.Values.PropertyValue.From({i})",
        (double d, ValueKind.Number, false) => $"global::AlicloudLive.Values.PropertyValue.From({d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})",
        (bool b, ValueKind.Boolean, false) => $"global::AlicloudLive.Values.PropertyValue.From({(b ? "true" : "false")})",
        _ => null,
    };

    private static TypedConstant Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value;

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.All(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
}
