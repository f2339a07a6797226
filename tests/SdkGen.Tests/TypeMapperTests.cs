using AlicloudLive.SdkGen.Emit;
using AlicloudLive.SdkGen.Schema;
using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

public class TypeMapperTests
{
    private static readonly PrimitiveType Str = new(PrimitiveKind.String);
    private static readonly TypeMapper Ice = new(SmallSchema.Context(), "Pulumi.Pkg.Ice");

    private static PropertySpec Prop(SchemaType type, bool required = false) =>
        new("p", type, required, "", false, false, null, [], "", null);

    [TestCase(PrimitiveKind.String, "string")]
    [TestCase(PrimitiveKind.Integer, "int")]
    [TestCase(PrimitiveKind.Number, "double")]
    [TestCase(PrimitiveKind.Boolean, "bool")]
    [TestCase(PrimitiveKind.Any, "object")]
    public void Scalars_map_to_CSharp_types(PrimitiveKind kind, string expected)
    {
        Assert.That(Ice.OutputType(Prop(new PrimitiveType(kind), required: true)), Is.EqualTo(expected));
        Assert.That(Ice.InputType(Prop(new PrimitiveType(kind), required: true), ObjectFlavour.Args), Is.EqualTo($"Input<{expected}>"));
    }

    [Test]
    public void Optional_outputs_are_nullable_except_arrays()
    {
        Assert.That(Ice.OutputType(Prop(Str)), Is.EqualTo("string?"));
        Assert.That(Ice.OutputType(Prop(new ArrayType(Str))), Is.EqualTo("ImmutableArray<string>"));
        Assert.That(Ice.OutputType(Prop(new MapType(Str))), Is.EqualTo("ImmutableDictionary<string, string>?"));
        Assert.That(Ice.OutputType(Prop(new EnumTypeRef("pkg:ice:Mode"))), Is.EqualTo("Pulumi.Pkg.Ice.Mode?"));
    }

    [Test]
    public void Object_types_are_qualified_relative_to_the_current_module()
    {
        Assert.That(Ice.OutputType(Prop(new ObjectTypeRef("pkg:ice:Stream"), required: true)), Is.EqualTo("Outputs.Stream"));
        Assert.That(Ice.OutputType(Prop(new ObjectTypeRef("pkg:live:Other"), required: true)), Is.EqualTo("Pulumi.Pkg.Live.Outputs.Other"));
        Assert.That(Ice.InputType(Prop(new ObjectTypeRef("pkg:live:Other")), ObjectFlavour.Args), Is.EqualTo("Input<Pulumi.Pkg.Live.Inputs.OtherArgs>?"));
    }

    [Test]
    public void Inputs_wrap_collections_in_InputList_and_InputMap_without_nullability()
    {
        Assert.That(Ice.InputType(Prop(Str), ObjectFlavour.Args), Is.EqualTo("Input<string>?"));
        Assert.That(Ice.InputType(Prop(new ArrayType(new ObjectTypeRef("pkg:ice:Stream"))), ObjectFlavour.Args), Is.EqualTo("InputList<Inputs.StreamArgs>"));
        Assert.That(Ice.InputType(Prop(new MapType(new PrimitiveType(PrimitiveKind.Integer))), ObjectFlavour.Args), Is.EqualTo("InputMap<int>"));
        Assert.That(Ice.InputType(Prop(new ArrayType(new ArrayType(Str))), ObjectFlavour.Args), Is.EqualTo("InputList<ImmutableArray<string>>"));
        Assert.That(Ice.InputType(Prop(new EnumTypeRef("pkg:ice:Mode"), required: true), ObjectFlavour.Args), Is.EqualTo("Input<Pulumi.Pkg.Ice.Mode>"));
    }

    [Test]
    public void State_inputs_use_the_GetArgs_classes()
    {
        Assert.That(Ice.InputType(Prop(new ObjectTypeRef("pkg:ice:Stream")), ObjectFlavour.GetArgs), Is.EqualTo("Input<Inputs.StreamGetArgs>?"));
        Assert.That(Ice.InputType(Prop(new MapType(new ObjectTypeRef("pkg:ice:Stream"))), ObjectFlavour.GetArgs), Is.EqualTo("InputMap<Inputs.StreamGetArgs>"));
    }
}
