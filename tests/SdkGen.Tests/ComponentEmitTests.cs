using AlicloudLive.SdkGen.Schema;
using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>A schema component (isComponent) is emitted as Pulumi's dotnet codegen emits a remote component.</summary>
public class ComponentEmitTests
{
    private const string Schema = """
    {
      "name": "pkg",
      "version": "0.0.1",
      "meta": { "moduleFormat": "(.*)" },
      "types": { "pkg:parts:Rec": { "type": "object", "properties": { "group": { "type": "string" } }, "required": ["group"] } },
      "resources": {
        "pkg:parts:Channel": {
          "isComponent": true,
          "properties": { "url": { "type": "string" } },
          "required": ["url"],
          "inputProperties": { "stream": { "type": "string" }, "rec": { "$ref": "#/types/pkg:parts:Rec" } },
          "requiredInputs": ["stream"]
        }
      }
    }
    """;

    [Test]
    public void The_reader_keeps_isComponent()
    {
        var package = SchemaReader.Read(Schema);
        Assert.That(package.Resources.Single().IsComponent, Is.True);
    }

    [Test]
    public void A_component_is_a_remote_ComponentResource_with_component_options_and_no_Get()
    {
        var file = SdkGenerator.Generate(Schema)["Parts/Channel.cs"];
        Assert.That(file, Does.Contain("public partial class Channel : global::Pulumi.ComponentResource"));
        Assert.That(file, Does.Contain("public Channel(string name, ChannelArgs args, ComponentResourceOptions? options = null)"));
        Assert.That(file, Does.Contain(": base(\"pkg:parts:Channel\", name, args ?? new ChannelArgs(), MakeResourceOptions(options, \"\"), remote: true)"));
        Assert.That(file, Does.Contain("private static ComponentResourceOptions MakeResourceOptions(ComponentResourceOptions? options, Input<string>? id)"));
        Assert.That(file, Does.Contain("var merged = ComponentResourceOptions.Merge(defaultOptions, options);"));
        Assert.That(file, Does.Not.Contain(" Get(").And.Not.Contain("ChannelState").And.Not.Contain("CustomResource"));
        Assert.That(SdkGenerator.Generate(Schema).Keys, Does.Contain("Parts/Inputs/RecArgs.cs"));
    }

    [Test]
    public void The_generated_component_compiles_against_Pulumi()
    {
        var files = SdkGenerator.Generate(Schema).Where(kv => kv.Key.EndsWith(".cs", StringComparison.Ordinal));
        var errors = CSharpCompiler.Errors(files);
        Assert.That(errors, Is.Empty, CSharpCompiler.Describe(errors));
    }
}
