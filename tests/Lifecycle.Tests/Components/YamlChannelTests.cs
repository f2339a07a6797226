using System.Text.Json.Nodes;
using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Lifecycle.Tests.Examples;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Components;

/// <summary>
/// examples/live-channel-yaml, which declares the component by its token with no SDK, run as pulumi-language-yaml
/// runs it against the fake engine's ResourceMonitor: the engine calls the built plugin's Construct, whose children
/// run through the plugin against the emulator. Preview, up, a change of the window, destroy.
/// </summary>
public sealed class YamlChannelTests : LifecycleFixture
{
    private const string Component = "alicloud-live:components:LiveChannel";

    [Test]
    public async Task The_yaml_example_previews_creates_follows_a_window_change_and_destroys_cleanly()
    {
        var program = YamlProgram.Load(Path.Combine(RepoPaths.Root, "examples", "live-channel-yaml"));
        Assert.That(program.Resources.Select(r => r.Type), Is.EqualTo(new[] { Component }));
        var schema = JsonNode.Parse((await Plugin.CallAsync("GetSchema", new GetSchemaRequest(), GetSchemaResponse.Parser)).Schema)!.AsObject();
        await using var monitor = await FakeResourceMonitor.StartAsync(Plugin, project: program.Name);
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        IReadOnlyDictionary<string, string> Window(TimeSpan length) =>
            new Dictionary<string, string> { ["startTime"] = Utc(start), ["endTime"] = Utc(start + length) };

        var preview = monitor.Begin(dryRun: true);
        await new YamlLanguageHost(program, schema, Window(TimeSpan.FromHours(2))).RunAsync(monitor);
        await preview.FinishAsync();
        Assert.That(preview.Registered.Count(e => e.Parent.Contains(Component, StringComparison.Ordinal)), Is.EqualTo(3), "three children planned under the channel");
        Assert.That(await CloudObjectsAsync("pullToPushTasks"), Is.Empty);
        var previewStack = preview.Registered.Single(e => e.Type == StackEntry.StackType);
        Assert.That(previewStack.Outputs["transcodeJobId"], Is.InstanceOf<UnknownValue>(), "no guess in a preview");

        var up = monitor.Begin(dryRun: false);
        await new YamlLanguageHost(program, schema, Window(TimeSpan.FromHours(2))).RunAsync(monitor);
        await up.FinishAsync();
        var component = monitor.State.Single(e => e.Type == Component);
        var children = monitor.State.Where(e => e.Parent == component.Urn).ToList();
        Assert.That(children.Select(c => c.Name), Is.EquivalentTo(new[] { "news-ingest", "news-transcode", "news-recording" }));
        Assert.That(children.Select(c => c.Urn), Has.All.Contains($"::{Component}$"));
        var stack = monitor.State.Single(e => e.Type == StackEntry.StackType);
        Assert.That(stack.Outputs.GetString("recordConfigId"), Is.EqualTo(children.Single(c => c.Name == "news-recording").Id));
        Assert.That(stack.Outputs.GetString("ingestUrl"), Is.EqualTo("rtmp://live.example.com/live/news"));

        Plugin.Engine.Clear();
        var change = monitor.Begin(dryRun: false);
        await new YamlLanguageHost(program, schema, Window(TimeSpan.FromHours(3))).RunAsync(monitor);
        await change.FinishAsync();
        foreach (var child in children.Where(c => c.Name != "news-recording"))
        {
            Assert.That(change.OpOf(child.Urn), Is.EqualTo(StepOp.Replace), child.Name);
            Assert.That(LogsFor(child.Urn).Select(l => l.Message), Has.Some.Contains("replace"), $"the note under {child.Name}'s URN");
        }

        Assert.That(change.OpOf(children.Single(c => c.Name == "news-recording").Urn), Is.EqualTo(StepOp.Same));
        await monitor.DestroyAsync();
        foreach (var kind in new[] { "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs" })
        {
            Assert.That(await CloudObjectsAsync(kind), Is.Empty, $"{kind} left behind");
        }
    }
}
