using System.Collections.Immutable;
using AlicloudLive.SdkGen.Tests.Mocks;
using AlicloudLive.SdkGen.Tests.Support;
using AlicloudLive.TestSupport;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>The README's Lookups example, compiled unchanged, runs under Pulumi.Testing and does what it says.</summary>
public class ReadmeLookupTests
{
    private const string Token = "alicloud-live:ice:getLiveTranscodeTemplates";

    [Test]
    public async Task The_README_lookup_example_finds_the_template_by_name_and_uses_its_id()
    {
        var program = CSharpCompiler.LoadProgram("readme-lookup", [
            KeyValuePair.Create("Program.cs", LookupExample()),
            KeyValuePair.Create("ImplicitUsings.cs", "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;\n"),
            KeyValuePair.Create("ExampleHostShim.cs", ExampleHost.Shim),
        ]);
        var mocks = new RecordingMocks(SdkTypes.Schema.Value);
        mocks.CallResults[Token] = call => ImmutableDictionary<string, object>.Empty
            .Add("name", call.Args["name"])
            .Add("ids", ImmutableArray.Create<object>("ice-tpl-hd"))
            .Add("templates", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty.Add("templateId", "ice-tpl-hd").Add("name", "hd")));

        await ExampleHost.RunProgramAsync(program, "readme", mocks, new Dictionary<string, string>());

        Assert.That(mocks.Calls.Single().Token, Is.EqualTo(Token));
        Assert.That(mocks.Calls.Single().Args["name"], Is.EqualTo("hd"));
        var job = mocks.Registrations.Single(r => r.Args.Type == "alicloud-live:ice:LiveTranscodeJob");
        Assert.That(job.Args.Inputs["templateId"], Is.EqualTo("ice-tpl-hd"));
    }

    /// <summary>The first C# block of the README's "## Lookups" section.</summary>
    private static string LookupExample()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("\n## Lookups\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];
    }
}
