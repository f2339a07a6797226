using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Generators.Tests;

public class ModelCodecTests
{
    private static readonly PropertyMap Inputs = PropertyMap.Empty
        .Set("streamUrl", PropertyValue.From("rtmp://cam/1"))
        .Set("password", new SecretValue(PropertyValue.From("hunter2")))
        .Set("fps", PropertyValue.From(30))
        .Set("labels", new ArrayValue([PropertyValue.From("front"), PropertyValue.From("door")]))
        .Set("lenses", new ArrayValue([new ObjectValue(PropertyMap.Empty.Set("focalLength", PropertyValue.From(35.5)))]));

    [Test]
    public void A_model_reads_each_property_by_its_wire_name_through_secrets()
    {
        var args = CameraArgs.From(Inputs);

        Assert.Multiple(() =>
        {
            Assert.That(args.StreamUrl, Is.EqualTo("rtmp://cam/1"));
            Assert.That(args.Password, Is.EqualTo("hunter2"));
            Assert.That(args.Fps, Is.EqualTo(30));
            Assert.That(args.Tags, Is.EqualTo(new[] { "front", "door" }));
            Assert.That(args.Lenses!.Single(), Is.EqualTo(new CameraLens { FocalLength = 35.5 }));
        });
    }

    [Test]
    public void A_model_writes_what_is_set_and_leaves_out_what_is_not()
    {
        var map = new CameraArgs { StreamUrl = "rtmp://cam/2", Lenses = [new CameraLens { FocalLength = 50, Zoom = true }] }.ToMap();

        Assert.That(map.Keys, Is.EquivalentTo(new[] { "streamUrl", "lenses" }));
        Assert.That(map["lenses"], Is.EqualTo(new ArrayValue([new ObjectValue(PropertyMap.Empty.Set("focalLength", PropertyValue.From(50)).Set("zoom", PropertyValue.From(true)))])));
    }

    [Test]
    public void A_missing_required_property_is_a_defect_named_by_model_and_property()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CameraArgs.From(PropertyMap.Empty));

        Assert.That(error!.Message, Does.StartWith("CameraArgs: streamUrl is required but missing"));
    }

    [Test]
    public void An_outputs_model_echoes_the_inputs_reads_partial_state_and_defines_only_its_own()
    {
        var state = CameraState.From(PropertyMap.Empty.Set("cameraId", PropertyValue.From("c-1")));
        var map = (state with { StreamUrl = "rtmp://cam/3" }).ToMap();

        Assert.That(state.StreamUrl, Is.Null);
        Assert.That(map.Keys, Is.EquivalentTo(new[] { "streamUrl", "cameraId" }));
        Assert.That(CameraState.Definitions().Select(d => d.Name), Is.EqualTo(new[] { "cameraId" }));
    }

    [Test]
    public void Definitions_carry_the_declaration_and_the_spec()
    {
        var definitions = CameraArgs.Definitions().ToDictionary(d => d.Name);

        Assert.Multiple(() =>
        {
            Assert.That(definitions.Keys, Is.EqualTo(new[] { "streamUrl", "password", "fps", "labels", "lenses" }));
            Assert.That((definitions["streamUrl"].Required, definitions["streamUrl"].MaxLength), Is.EqualTo((true, 100)));
            Assert.That(definitions["streamUrl"].Rule, Is.EqualTo(UpdateRule.Replace("the camera is wired to it")));
            Assert.That(definitions["streamUrl"].Description, Is.EqualTo("Where the camera streams."));
            Assert.That((definitions["password"].Secret, definitions["password"].Required), Is.EqualTo((true, false)));
            Assert.That(definitions["fps"].Default, Is.EqualTo(PropertyValue.From(25)));
            Assert.That(definitions["fps"].Type, Is.EqualTo(TypeRef.Integer));
            Assert.That(definitions["fps"].Rule, Is.EqualTo(UpdateRule.InPlace));
            Assert.That(definitions["labels"].Type, Is.EqualTo(TypeRef.ArrayOf(TypeRef.String)));
            var lens = (ObjectType)((ArrayType)definitions["lenses"].Type).Items;
            Assert.That((lens.Token, lens.Description), Is.EqualTo(("test:index:CameraLens", "One lens.")));
            Assert.That(lens.Properties.Select(p => (p.Name, p.Type, p.Required)), Is.EqualTo(new[]
            {
                ("focalLength", TypeRef.Number, true),
                ("zoom", TypeRef.Boolean, false),
            }));
        });
    }

    [Test]
    public void Specs_for_a_member_the_model_lacks_fail_when_the_schema_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RenamedArgs.Definitions());

        Assert.That(error!.Message, Is.EqualTo("RenamedArgs.Specs names Title, which RenamedArgs does not declare"));
    }
}
