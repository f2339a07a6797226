using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.Examples;

/// <summary>
/// Every Pulumi YAML program — the examples under examples/ and the root dev stack `make up` runs — is run the way
/// `pulumi up` would run it: each resource checked and created through the plugin against the emulator, in dependency
/// order, then destroyed, leaving nothing behind.
/// </summary>
public sealed class YamlExampleTests : LifecycleFixture
{
    /// <summary>Program folders relative to the repository root ("." is the root dev stack).</summary>
    public static IEnumerable<string> Examples() =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "examples"))
            .Append(RepoPaths.Root)
            .Where(d => File.Exists(Path.Combine(d, "Pulumi.yaml")) && YamlProgram.Load(d).Runtime == "yaml")
            .Select(d => Path.GetRelativePath(RepoPaths.Root, d))
            .Order(StringComparer.Ordinal);

    [Test]
    public void There_is_an_example_for_every_resource_type()
    {
        var types = Examples().Where(e => e != ".").SelectMany(e => YamlProgram.Load(Path.Combine(RepoPaths.Root, e)).Resources.Select(r => r.Type)).ToHashSet();
        var schemaTypes = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema.json")))!["resources"]!.AsObject().Select(kv => kv.Key);
        Assert.That(types, Is.SupersetOf(schemaTypes));
    }

    /// <summary>Programs of custom resources only; one declaring a component is run through Construct (Components/YamlChannelTests).</summary>
    public static IEnumerable<string> CustomResourceExamples() =>
        Examples().Where(e => YamlProgram.Load(Path.Combine(RepoPaths.Root, e)).Resources.All(r => !r.Type.Contains(":components:", StringComparison.Ordinal)));

    [TestCaseSource(nameof(CustomResourceExamples))]
    public async Task Example_creates_its_resources_against_the_emulator_and_destroys_cleanly(string example)
    {
        var program = YamlProgram.Load(Path.GetFullPath(Path.Combine(RepoPaths.Root, example)));
        Assert.That(program.ProviderPath is null || Path.GetFullPath(Path.Combine(program.Directory, program.ProviderPath)) == RepoPaths.Bin,
            "plugins.providers must point at the repository's bin/ (make build)");

        var created = new List<ResourceState>();
        var pending = program.Resources.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.First(r => YamlProgram.Dependencies(r.Properties).All(d => created.Any(c => c.Name == d)));
            pending.Remove(ready);
            var inputs = ready.Properties is null
                ? PropertyMap.Empty
                : ((ObjectValue)YamlProgram.ToValue(ready.Properties, (key, output) => Resolve(program, created, key, output))).Properties;
            created.Add(await Engine.CreateAsync(ready.Type, ready.Name, inputs));
        }

        Assert.That(created, Is.Not.Empty);
        foreach (var state in Enumerable.Reverse(created))
        {
            await Engine.DeleteAsync(state);
        }

        var left = await Emulator.ResourcesAsync();
        foreach (var kind in new[] { "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs", "edgeTranscodeJobs" })
        {
            Assert.That(left[kind]!.AsArray(), Is.Empty, $"{example} left {kind} behind");
        }
    }

    /// <summary>
    /// Config the example leaves to the stack: times must be in the near future, so the test supplies them the way a
    /// user would (`pulumi config set startTime ...`).
    /// </summary>
    private static PropertyValue Resolve(YamlProgram program, List<ResourceState> created, string key, string? output)
    {
        if (output is not null)
        {
            return created.Single(c => c.Name == key).Outputs[output];
        }

        var now = DateTimeOffset.UtcNow;
        var stackValues = new Dictionary<string, string>
        {
            ["startTime"] = Utc(now.AddMinutes(10)),
            ["endTime"] = Utc(now.AddHours(2)),
        };
        var value = program.Config.TryGetValue(key, out var d) && d is not null ? d : stackValues.GetValueOrDefault(key);
        return value is null
            ? throw new AssertionException($"{program.Name} needs config '{key}': give it a default or add it to this test's stack values")
            : PropertyValue.From(value);
    }
}
