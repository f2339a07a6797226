using System.Text.Json.Nodes;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Schema;

/// <summary>A component definition in schema.json: a resource spec with isComponent, its outputs and inputs, and no rule sentences.</summary>
public class ComponentSchemaTests
{
    private static readonly JsonObject Channel =
        JsonNode.Parse(SchemaBuilder.Build(new ComponentProvider()))!["resources"]!["test:parts:Channel"]!.AsObject();

    [Test]
    public void The_component_is_marked_and_lists_its_outputs_and_inputs()
    {
        Assert.That((bool?)Channel["isComponent"], Is.True);
        Assert.That(Channel["properties"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "id", "url" }));
        Assert.That(Channel["required"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "url" }));
        Assert.That(Channel["inputProperties"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "mode", "stream" }));
        Assert.That(Channel["requiredInputs"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "stream" }));
        Assert.That((string?)Channel["inputProperties"]!["mode"]!["default"], Is.EqualTo("fast"));
    }

    [Test]
    public void Component_inputs_carry_no_update_rule_and_have_no_state_inputs()
    {
        Assert.That((string?)Channel["inputProperties"]!["stream"]!["description"], Is.EqualTo("The stream."));
        Assert.That(Channel.ContainsKey("stateInputs"), Is.False);
    }

    private sealed class ChannelComponent : ComponentDefinition
    {
        public override string Token => "test:parts:Channel";

        public override string Description => "A channel.";

        public override IReadOnlyList<PropertyDefinition> Inputs { get; } =
        [
            new("stream", TypeRef.String, "The stream.") { Required = true },
            new("mode", TypeRef.String, "The mode.") { Default = PropertyValue.From("fast") },
        ];

        public override IReadOnlyList<PropertyDefinition> Outputs { get; } =
        [
            new("url", TypeRef.String, "The URL.") { Required = true },
            new("id", TypeRef.String, "The child's id."),
        ];

        public override Task<IReadOnlyDictionary<string, ComponentOutput>> ConstructAsync(ComponentContext context) =>
            throw new NotSupportedException("schema only");
    }

    private sealed class ComponentProvider : ProviderDefinition<object>
    {
        public override PackageMetadata Package { get; } = new(
            "test", "Test", "1.0.0", "Components.", [], "https://example.com", "https://example.com/repo", "Apache-2.0", "tests",
            new Dictionary<string, string> { ["parts"] = "Parts" });

        public override IReadOnlyList<PropertyDefinition> Config => [];

        public override IReadOnlyList<ResourceDefinition<object>> Resources => [];

        public override IReadOnlyList<ComponentDefinition> Components { get; } = [new ChannelComponent()];

        public override object Configure(PropertyMap config) => new();
    }
}
