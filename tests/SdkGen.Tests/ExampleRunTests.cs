using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.SdkGen.Tests.Mocks;
using AlicloudLive.SdkGen.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// Every C# example, compiled unchanged against Pulumi 3.112.1 and the built SDK, runs under Pulumi.Testing with the
/// stack config its README sets; what it registers matches schema.json, the outputs it declares come back, and the
/// built plugin's Check (over gRPC, as the engine calls it) accepts exactly the inputs the SDK sent.
/// </summary>
public class ExampleRunTests : LifecycleFixture
{
    private static SchemaFacts Schema => SdkTypes.Schema.Value;

    public static IEnumerable<string> CSharpExamples() => ExampleFiles.CSharp();

    [TestCaseSource(nameof(CSharpExamples))]
    public async Task Example_runs_as_its_README_says_and_the_plugin_accepts_what_it_sends(string name)
    {
        var example = new ExampleFiles(name);
        var program = CSharpCompiler.LoadProgram(name, example.Sources
            .Append(KeyValuePair.Create("ImplicitUsings.cs", ImplicitUsings))
            .Append(KeyValuePair.Create("ExampleHostShim.cs", ExampleHost.Shim)));
        var run = await ExampleHost.RunProgramAsync(program, example.ProjectName, new RecordingMocks(Schema), example.ConfigAfterReadme());

        var registrations = run.Mocks.Registrations;
        Assert.That(registrations, Is.Not.Empty);
        Assert.That(registrations.SelectMany(r => RegistrationChecks.Problems(Schema, r)), Is.Empty);
        foreach (var resource in run.Resources.Where(r => Schema.IsResource(r.GetResourceType())))
        {
            var outputs = await RegistrationChecks.OutputsOf(resource);
            Assert.That(outputs.Where(o => o.Value is null).Select(o => o.Key), Is.Empty, $"{resource.GetResourceName()}: outputs that did not come back");
        }

        foreach (var (key, value) in run.Outputs)
        {
            Assert.That(await OutputValues.UntypedValueAsync(value), Is.Not.Null, $"stack output {key}");
        }

        foreach (var registration in registrations.Where(r => Schema.IsResource(r.Args.Type ?? "") && !Schema.IsComponent(r.Args.Type!)))
        {
            Assert.DoesNotThrowAsync(() => Engine.CheckAsync(registration.Args.Type!, registration.Args.Name!, Sent(registration)), $"Check of {registration.Args.Name}");
        }
    }

    [Test]
    public async Task The_plugin_refuses_a_registration_that_lacks_a_required_input()
    {
        var (mocks, _) = await SdkTypes.RunAsync(() => _ = new Sdk.Live.RecordVodConfig("news-recording", new Sdk.Live.RecordVodConfigArgs
        {
            DomainName = "live.example.com",
            AppName = "live",
            StreamName = "news",
            VodTranscodeGroupId = (string)null!,
        }));
        var recording = mocks.Registrations.Single(r => r.Args.Type == "alicloud-live:live:RecordVodConfig");

        var refused = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(recording.Args.Type!, recording.Args.Name!, Sent(recording)));
        Assert.That(refused!.Failures.Select(f => f.Property), Does.Contain("vodTranscodeGroupId"));
    }

    /// <summary>What ImplicitUsings gives the examples' console projects.</summary>
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;\n";

    /// <summary>The inputs as the mocks received them, in the plugin's property-value form.</summary>
    private static PropertyMap Sent(Registration registration) =>
        PropertyValueJson.FromJsonObject(JsonSerializer.SerializeToNode(registration.Args.Inputs)!.AsObject());
}
