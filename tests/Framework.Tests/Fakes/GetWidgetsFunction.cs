using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;
using Must = AlicloudLive.Framework.Schema.Validate;

namespace AlicloudLive.Framework.Tests.Fakes;

/// <summary>
/// "test:index:getWidgets": a lookup used only by these tests. It lists widgets of a kind whose names start with a
/// prefix, up to a limit (default 5), and returns a declared-secret read token beside the ids and names.
/// </summary>
internal sealed class GetWidgetsFunction : FunctionDefinition<WidgetCloud>
{
    public const string Type = "test:index:getWidgets";

    public override string Token => Type;

    public override string Description => "Finds widgets, for testing the framework.";

    public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
    [
        new("kind", WidgetProperties.Kind, "Only widgets of this kind.") { Required = true },
        new("namePrefix", TypeRef.String, "Only widgets whose names start with this.") { Validators = [Must.NotEmpty()] },
        new("limit", TypeRef.Integer, "At most this many.") { Default = PropertyValue.From(5), Validators = [Must.Range(1, 10)] },
    ];

    public override IReadOnlyList<PropertyDefinition> Outputs { get; } =
    [
        new("ids", TypeRef.ArrayOf(TypeRef.String), "The widgets' ids.") { Required = true },
        new("names", TypeRef.ArrayOf(TypeRef.String), "The widgets' names.") { Required = true },
        new("readToken", TypeRef.String, "A token that reads the widgets found.") { Secret = true },
    ];

    public override async Task<PropertyMap> InvokeAsync(WidgetCloud client, InvokeContext context)
    {
        var kind = context.Inputs.GetString("kind");
        var prefix = context.Inputs.GetString("namePrefix") ?? "";
        var limit = (int)((NumberValue)context.Inputs["limit"]).Value;
        var found = (await client.ListAsync(prefix, context.CancellationToken))
            .Where(w => w.Inputs.GetString("kind") == kind && (w.Inputs.GetString("name") ?? "").StartsWith(prefix, StringComparison.Ordinal))
            .Take(limit)
            .ToList();
        return PropertyMap.Of(
            ("ids", new ArrayValue(found.Select(w => PropertyValue.From(w.Id)))),
            ("names", new ArrayValue(found.Select(w => PropertyValue.From(w.Inputs.GetString("name") ?? "")))),
            ("readToken", PropertyValue.From("rt-" + string.Join("-", found.Select(w => w.Id)))));
    }
}
