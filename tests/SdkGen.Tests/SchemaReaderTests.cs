using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Tests;

public class SchemaReaderTests
{
    [Test]
    public void Properties_are_bound_sorted_with_required_secret_replace_defaults_and_environment()
    {
        var package = SchemaReader.Read("""
        {
          "name": "pkg",
          "types": { "pkg:m:E": { "type": "string", "enum": [ { "value": "x" } ] } },
          "resources": { "pkg:m:R": {
            "inputProperties": {
              "zeta": { "type": "array", "items": { "type": "integer" } },
              "alpha": { "type": "string", "secret": true, "replaceOnChanges": true, "default": "a",
                         "defaultInfo": { "environment": ["A1", "A2"] }, "language": { "csharp": { "name": "First" } } },
              "mode": { "type": "string", "$ref": "#/types/pkg:m:E" }
            },
            "requiredInputs": ["zeta"] } }
        }
        """);
        var inputs = package.Resources.Single().InputProperties;
        Assert.That(inputs.Select(p => p.Name), Is.EqualTo(new[] { "alpha", "mode", "zeta" }));
        var alpha = inputs[0];
        Assert.That((alpha.Secret, alpha.ReplaceOnChanges, alpha.Required, alpha.CSharpName), Is.EqualTo((true, true, false, "First")));
        Assert.That(alpha.Default?.GetString(), Is.EqualTo("a"));
        Assert.That(alpha.EnvironmentDefaults, Is.EqualTo(new[] { "A1", "A2" }));
        Assert.That(inputs[1].Type, Is.EqualTo(new EnumTypeRef("pkg:m:E")));
        Assert.That(inputs[2].Type, Is.EqualTo(new ArrayType(new PrimitiveType(PrimitiveKind.Integer))));
        Assert.That(inputs[2].Required, Is.True);
    }

    [TestCase("""{ "name": "p", "functions": { "p:m:getX": { "multiArgumentInputs": ["a"] } } }""", "#/functions/p:m:getX/multiArgumentInputs: multi-argument functions are not supported")]
    [TestCase("""{ "name": "p", "functions": { "p:m:getX": { "outputs": { "$ref": "#/types/p:m:O" } } } }""", "#/functions/p:m:getX/outputs: only an inline object return type is supported")]
    [TestCase("""{ "name": "p", "types": { "p:m:O": { "type": "object" } }, "functions": { "p:m:getX": { "inputs": { "properties": { "o": { "$ref": "#/types/p:m:O" } } } } } }""", "#/functions/p:m:getX/inputs/properties/o: object-typed function inputs are not supported")]
    [TestCase("""{ "name": "p", "functions": { "p:m:getX": { "inputs": { "properties": { "u": { "oneOf": [] } } } } } }""", "#/functions/p:m:getX/inputs/properties/u/oneOf: union types are not supported")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "inputProperties": { "a": { "$ref": "#/types/p:m:Missing" } } } } }""", "#/resources/p:m:R/inputProperties/a/$ref: reference to unknown type 'p:m:Missing'")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "inputProperties": { "a": { "type": "string", "plain": true } } } } }""", "#/resources/p:m:R/inputProperties/a/plain: plain properties are not supported")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "inputProperties": { "a": { "$ref": "pulumi.json#/Archive" } } } } }""", "#/resources/p:m:R/inputProperties/a/$ref: the reference 'pulumi.json#/Archive' is not supported")]
    [TestCase("""{ "name": "p", "types": { "p:m:B": { "type": "boolean", "enum": [] } } }""", "#/types/p:m:B/type: enums of type 'boolean' are not supported")]
    [TestCase("""{ "name": "p", "types": { "p:m:O": { "type": "object", "properties": { "x": { "type": "array", "items": { "oneOf": [] } } } } } }""", "#/types/p:m:O/properties/x/items/oneOf: union types are not supported")]
    [TestCase("""{ "name": "p", "config": { "variables": { "k": { "description": "no type" } } } }""", "#/config/variables/k: a property needs a type or a $ref")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "methods": { "m": "p:m:R/m" } } } }""", "#/resources/p:m:R/methods: resource methods are not supported")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "stateInputs": { "properties": { "s": { "type": "string", "const": "x" } } } } } }""", "#/resources/p:m:R/stateInputs/properties/s/const: const properties are not supported")]
    [TestCase("""{ "name": "p", "resources": { "p:m:R": { "aliases": [ { "name": "old" } ] } } }""", "#/resources/p:m:R/aliases/0: an alias without a type is not supported")]
    [TestCase("""{ "version": "1.0.0" }""", "package name")]
    [TestCase("""{ "name": """, "not valid JSON")]
    public void Unsupported_or_malformed_schemas_fail_with_a_message(string schema, string mentioned) =>
        Assert.That(() => SchemaReader.Read(schema), Throws.TypeOf<SchemaException>().With.Message.Contains(mentioned));
}
