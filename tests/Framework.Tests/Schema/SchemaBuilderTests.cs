using System.Text.Json.Nodes;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Framework.Tests.Fakes;

namespace AlicloudLive.Framework.Tests.Schema;

/// <summary>schema.json as the SDK generator and the engine read it, built from the test definitions.</summary>
public class SchemaBuilderTests
{
    private static readonly JsonObject Root = JsonNode.Parse(SchemaBuilder.Build(new TestProvider()))!.AsObject();

    private static JsonObject Widget => Root["resources"]![WidgetResource.Type]!.AsObject();

    private static JsonObject Input(string name) => Widget["inputProperties"]![name]!.AsObject();

    [TestCase("size", "Updates in place.")]
    [TestCase("kind", "Changing it replaces the resource.")]
    [TestCase("source", "Updates in place only while the widget has not started; otherwise replaces.")]
    public void Each_input_description_ends_with_its_update_rule(string name, string sentence)
    {
        Assert.That((string?)Input(name)["description"], Does.EndWith(" " + sentence));
        Assert.That((string?)Widget["properties"]![name]!["description"], Does.EndWith(" " + sentence));
    }

    [Test]
    public void Output_only_properties_and_object_fields_carry_no_rule_sentence()
    {
        Assert.That((string?)Widget["properties"]!["status"]!["description"], Is.EqualTo("NotStarted or Running."));
        Assert.That((string?)Root["types"]![WidgetProperties.Source.Token]!["properties"]!["url"]!["description"], Is.EqualTo("The stream URL."));
    }

    [Test]
    public void A_string_description_states_its_length_bound_before_the_update_rule()
    {
        Assert.That((string?)Input("name")["description"], Is.EqualTo("The widget's name. At most 40 characters, no control characters. Updates in place."));
        Assert.That((string?)Input("tags")["description"], Does.StartWith("Free-form tags. At most 20 characters each, no control characters."));
        Assert.That((string?)Root["types"]![WidgetProperties.Source.Token]!["properties"]!["protocol"]!["description"], Does.EndWith(" At most 10 characters, no control characters."));
    }

    [Test]
    public void ReplaceOnChanges_marks_exactly_the_always_replace_inputs()
    {
        var marked = Widget["inputProperties"]!.AsObject().Where(kv => (bool?)kv.Value!["replaceOnChanges"] == true).Select(kv => kv.Key);

        Assert.That(marked, Is.EquivalentTo(new[] { "kind", "slot" }));
    }

    [Test]
    public void Object_and_enum_types_are_emitted_once_under_types_and_referenced()
    {
        var types = Root["types"]!.AsObject();
        var source = types[WidgetProperties.Source.Token]!;
        var kind = types[WidgetProperties.Kind.Token]!;

        Assert.That(types.Select(kv => kv.Key), Is.EquivalentTo(new[] { WidgetProperties.Source.Token, WidgetProperties.Kind.Token }));
        Assert.That((string?)Input("source")["$ref"], Is.EqualTo("#/types/" + WidgetProperties.Source.Token));
        Assert.That((string?)Input("kind")["$ref"], Is.EqualTo("#/types/" + WidgetProperties.Kind.Token));
        Assert.That((string?)source["type"], Is.EqualTo("object"));
        Assert.That(source["required"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "url" }));
        Assert.That((string?)source["properties"]!["port"]!["type"], Is.EqualTo("integer"));
        Assert.That((string?)kind["type"], Is.EqualTo("string"));
        Assert.That(kind["enum"]!.AsArray().Select(e => (string?)e!["value"]), Is.EqualTo(new[] { "Small", "Large" }));
        Assert.That((string?)kind["enum"]![1]!["description"], Is.EqualTo("A large widget."));
    }

    [Test]
    public void Scalar_array_and_map_types_are_spelled_out()
    {
        Assert.That((string?)Input("size")["type"], Is.EqualTo("integer"));
        Assert.That((string?)Input("ratio")["type"], Is.EqualTo("number"));
        Assert.That((string?)Input("tags")["type"], Is.EqualTo("array"));
        Assert.That((string?)Input("tags")["items"]!["type"], Is.EqualTo("string"));
        Assert.That((string?)Input("labels")["type"], Is.EqualTo("object"));
        Assert.That((string?)Input("labels")["additionalProperties"]!["type"], Is.EqualTo("string"));
    }

    [Test]
    public void Config_variables_carry_environment_defaults_and_secret_flags()
    {
        var variables = Root["config"]!["variables"]!;
        var providerInputs = Root["provider"]!["inputProperties"]!;

        Assert.That(variables["endpoint"]!["defaultInfo"]!["environment"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "TEST_WIDGET_ENDPOINT" }));
        Assert.That((bool?)variables["apiKey"]!["secret"], Is.True);
        Assert.That(variables["endpoint"]!["secret"], Is.Null);
        Assert.That(JsonNode.DeepEquals(providerInputs, variables), Is.True, "the provider resource takes the config as inputs");
    }

    [Test]
    public void Secret_inputs_are_flagged_in_inputs_and_properties()
    {
        Assert.That((bool?)Input("password")["secret"], Is.True);
        Assert.That((bool?)Widget["properties"]!["password"]!["secret"], Is.True);
        Assert.That(Input("name")["secret"], Is.Null);
    }

    [Test]
    public void Defaults_and_required_lists_follow_the_definitions()
    {
        Assert.That((double?)Input("size")["default"], Is.EqualTo(1));
        Assert.That(Widget["requiredInputs"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "kind", "source" }));
        Assert.That(
            Widget["required"]!.AsArray().Select(n => (string?)n),
            Is.EqualTo(new[] { "kind", "name", "size", "source", "status", "widgetId" }),
            "always present after create: required inputs, defaulted and autonamed inputs, required outputs");
    }

    [Test]
    public void Building_twice_gives_the_same_text()
    {
        Assert.That(SchemaBuilder.Build(new TestProvider()), Is.EqualTo(SchemaBuilder.Build(new TestProvider())));
    }

    [Test]
    public void Package_facts_are_published()
    {
        Assert.That((string?)Root["name"], Is.EqualTo("test"));
        Assert.That((string?)Root["version"], Is.EqualTo(TestProvider.Version));
        Assert.That((string?)Root["language"]!["csharp"]!["namespaces"]!["index"], Is.EqualTo("Index"));
        Assert.That((string?)Root["language"]!["csharp"]!["rootNamespace"], Is.EqualTo("Pulumi"), "Pulumi codegen's default when the package names none");
        Assert.That((string?)Root["language"]!["csharp"]!["packageReferences"]!["Pulumi"], Is.EqualTo("[3.87.0,4)"), "output types as resource outputs need pulumi-dotnet 3.87.0");
    }

    [Test]
    public void State_inputs_offer_every_property_and_require_none()
    {
        var state = Widget["stateInputs"]!.AsObject();
        Assert.That(state["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(Widget["properties"]!.AsObject().Select(p => p.Key)));
        Assert.That(state["required"], Is.Null);
        Assert.That(state["properties"]!.AsObject().Where(p => p.Value!["default"] is not null).Select(p => p.Key), Is.Empty, "a lookup sends only what the user gave");
    }

    [Test]
    public void A_function_is_published_with_inputs_and_outputs_as_object_specs()
    {
        var function = Root["functions"]![GetWidgetsFunction.Type]!.AsObject();
        var inputs = function["inputs"]!.AsObject();
        var outputs = function["outputs"]!.AsObject();

        Assert.That(Root["functions"]!.AsObject().Select(kv => kv.Key), Is.EqualTo(new[] { GetWidgetsFunction.Type }));
        Assert.That((string?)function["description"], Is.EqualTo("Finds widgets, for testing the framework."));
        Assert.That((string?)inputs["type"], Is.EqualTo("object"));
        Assert.That(inputs["properties"]!.AsObject().Select(kv => kv.Key), Is.EqualTo(new[] { "kind", "limit", "namePrefix" }));
        Assert.That((string?)inputs["properties"]!["kind"]!["$ref"], Is.EqualTo("#/types/" + WidgetProperties.Kind.Token));
        Assert.That((double?)inputs["properties"]!["limit"]!["default"], Is.EqualTo(5));
        Assert.That((string?)inputs["properties"]!["limit"]!["description"], Is.EqualTo("At most this many."), "no update rule on a lookup's input");
        Assert.That(inputs["required"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "kind" }));
        Assert.That((string?)outputs["type"], Is.EqualTo("object"));
        Assert.That(
            outputs["properties"]!.AsObject().Select(kv => kv.Key),
            Is.EqualTo(new[] { "ids", "kind", "limit", "namePrefix", "names", "readToken" }),
            "the result echoes the inputs");
        Assert.That((string?)outputs["properties"]!["ids"]!["items"]!["type"], Is.EqualTo("string"));
        Assert.That((bool?)outputs["properties"]!["readToken"]!["secret"], Is.True);
        Assert.That(
            outputs["required"]!.AsArray().Select(n => (string?)n),
            Is.EqualTo(new[] { "ids", "kind", "limit", "names" }),
            "always in the result: required outputs, required and defaulted inputs");
    }

    [Test]
    public void A_provider_without_functions_publishes_no_functions_section()
    {
        Assert.That(JsonNode.Parse(SchemaBuilder.Build(new ResourcesOnlyProvider()))!.AsObject().ContainsKey("functions"), Is.False);
    }

    private sealed class ResourcesOnlyProvider : AlicloudLive.Framework.Definitions.ProviderDefinition<WidgetCloud>
    {
        private readonly TestProvider _inner = new();

        public override AlicloudLive.Framework.Definitions.PackageMetadata Package => _inner.Package;

        public override IReadOnlyList<PropertyDefinition> Config => _inner.Config;

        public override IReadOnlyList<AlicloudLive.Framework.Definitions.ResourceDefinition<WidgetCloud>> Resources => _inner.Resources;

        public override WidgetCloud Configure(AlicloudLive.Values.PropertyMap config) => _inner.Configure(config);
    }
}
