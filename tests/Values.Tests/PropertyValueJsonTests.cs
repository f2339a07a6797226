using System.Text.Json.Nodes;

namespace AlicloudLive.Values.Tests;

public class PropertyValueJsonTests
{
    [Test]
    public void Json_text_becomes_the_matching_values()
    {
        var value = PropertyValueJson.FromJson(JsonNode.Parse("""{"a": 1.5, "b": [true, null, "s"], "c": {}}"""));

        var expected = new ObjectValue(PropertyMap.Of(
            ("a", PropertyValue.From(1.5)),
            ("b", new ArrayValue([PropertyValue.From(true), PropertyValue.Null, PropertyValue.From("s")])),
            ("c", new ObjectValue(PropertyMap.Empty))));
        Assert.That(value, Is.EqualTo(expected));
    }

    [Test]
    public void Numbers_built_in_code_from_integers_are_read_as_doubles() =>
        Assert.That(PropertyValueJson.FromJson(JsonValue.Create(7)), Is.EqualTo(new NumberValue(7)));

    [Test]
    public void A_map_becomes_a_json_object()
    {
        var json = PropertyValueJson.ToJsonObject(PropertyMap.Of(("n", PropertyValue.From(2)), ("s", PropertyValue.From("x"))));

        Assert.That(json.ToJsonString(), Is.EqualTo("""{"n":2,"s":"x"}"""));
    }

    [Test]
    public void A_json_object_becomes_a_map() =>
        Assert.That(
            PropertyValueJson.FromJsonObject(new JsonObject { ["n"] = 2, ["s"] = null }),
            Is.EqualTo(PropertyMap.Of(("n", PropertyValue.From(2)), ("s", PropertyValue.Null))));

    [Test]
    public void A_secret_has_no_plain_json_and_the_error_names_the_path_not_the_value()
    {
        var value = new ObjectValue(PropertyMap.Of(("token", new SecretValue(PropertyValue.From("hunter2")))));

        var error = Assert.Throws<ArgumentException>(() => PropertyValueJson.ToJson(value))!;

        Assert.That(error.Message, Does.Contain("token").And.Not.Contain("hunter2"));
    }

    [Test]
    public void ToDisplayString_masks_secrets_and_marks_unknowns()
    {
        var value = new ObjectValue(PropertyMap.Of(
            ("a", new SecretValue(PropertyValue.From("hunter2"))),
            ("b", new UnknownValue(UnknownKind.Number)),
            ("c", PropertyValue.From("visible")),
            ("d", new OutputValue(PropertyValue.From("hunter3"), true, [])),
            ("e", new OutputValue(null, false, [])),
            ("f", new ArrayValue([PropertyValue.From(1), PropertyValue.Null, PropertyValue.From(false)]))));

        Assert.That(
            PropertyValueJson.ToDisplayString(value),
            Is.EqualTo("""{"a": [secret], "b": <unknown>, "c": "visible", "d": [secret], "e": <unknown>, "f": [1, null, false]}"""));
    }

    [Test]
    public void ToDisplayString_escapes_quotes_and_control_characters_in_strings_and_keys()
    {
        var value = new ObjectValue(PropertyMap.Of(("k\"ey", PropertyValue.From("a\"b\n中"))));

        Assert.That(PropertyValueJson.ToDisplayString(value), Is.EqualTo("{\"k\\\"ey\": \"a\\\"b\\n中\"}"));
    }
}
