using System.Text.Json;
using AlicloudLive.SdkGen.Emit;
using AlicloudLive.SdkGen.Schema;
using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

public class LiteralsTests
{
    private static PropertySpec Prop(SchemaType type, string? defaultJson, params string[] env) =>
        new("p", type, false, "", false, false, defaultJson is null ? null : JsonDocument.Parse(defaultJson).RootElement.Clone(), env, "", null);

    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("a\\b\nc", "\"a\\\\b\\nc\"")]
    [TestCase("bell\u0007", "\"bell\\u0007\"")]
    public void Strings_are_quoted_and_escaped(string text, string expected) =>
        Assert.That(Literals.Quote(text), Is.EqualTo(expected));

    [TestCase(PrimitiveKind.String, "\"cn-shanghai\"", "\"cn-shanghai\"")]
    [TestCase(PrimitiveKind.Integer, "3600", "3600")]
    [TestCase(PrimitiveKind.Number, "1.5", "1.5")]
    [TestCase(PrimitiveKind.Boolean, "true", "true")]
    public void Defaults_become_literals(PrimitiveKind kind, string json, string expected) =>
        Assert.That(Literals.DefaultValue(Prop(new PrimitiveType(kind), json), SmallSchema.Context()), Is.EqualTo(expected));

    [TestCase(PrimitiveKind.String, "Utilities.GetEnv(\"A\", \"B\")")]
    [TestCase(PrimitiveKind.Integer, "Utilities.GetEnvInt32(\"A\", \"B\")")]
    [TestCase(PrimitiveKind.Number, "Utilities.GetEnvDouble(\"A\", \"B\")")]
    [TestCase(PrimitiveKind.Boolean, "Utilities.GetEnvBoolean(\"A\", \"B\")")]
    public void Environment_defaults_read_the_variables_in_order(PrimitiveKind kind, string expected) =>
        Assert.That(Literals.DefaultValue(Prop(new PrimitiveType(kind), null, "A", "B"), SmallSchema.Context()), Is.EqualTo(expected));

    [Test]
    public void An_environment_default_falls_back_to_the_default_value() =>
        Assert.That(
            Literals.DefaultValue(Prop(new PrimitiveType(PrimitiveKind.String), "\"cn-shanghai\"", "ALICLOUD_REGION"), SmallSchema.Context()),
            Is.EqualTo("Utilities.GetEnv(\"ALICLOUD_REGION\") ?? \"cn-shanghai\""));

    [Test]
    public void No_default_means_no_initializer() =>
        Assert.That(Literals.DefaultValue(Prop(new PrimitiveType(PrimitiveKind.String), null), SmallSchema.Context()), Is.Null);

    [Test]
    public void An_enum_default_names_the_enum_member() =>
        Assert.That(Literals.DefaultValue(Prop(new EnumTypeRef("pkg:ice:Mode"), "\"a\""), SmallSchema.Context()), Is.EqualTo("Pulumi.Pkg.Ice.Mode.A"));

    [Test]
    public void An_enum_default_outside_the_enum_is_rejected() =>
        Assert.That(() => Literals.DefaultValue(Prop(new EnumTypeRef("pkg:ice:Mode"), "\"zzz\""), SmallSchema.Context()),
            Throws.TypeOf<SchemaException>().With.Message.Contains("zzz"));
}
