using Microsoft.CodeAnalysis;

namespace AlicloudLive.Generators;

/// <summary>
/// Emits, for each [PropertyModel] partial record, its schema definitions and its PropertyMap codec (see
/// AlicloudLive.Framework.Models.PropertyModelAttribute). Incremental: a model is re-read only when its declaration
/// changes, and re-emitted only when what was read changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider.ForAttributeWithMetadataName(
            ModelReader.ModelAttribute,
            static (_, _) => true,
            static (attributed, _) => ModelReader.Read((INamedTypeSymbol)attributed.TargetSymbol, attributed.Attributes[0]));

        context.RegisterSourceOutput(models, static (output, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Model is { } model)
            {
                var hint = model.Namespace.Length == 0 ? model.Name : $"{model.Namespace}.{model.Name}";
                output.AddSource(hint + ".g.cs", ModelEmitter.Emit(model));
            }
        });
    }
}
