using System.Text.Json.Nodes;
using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.Components;

/// <summary>
/// A TypeScript program (tests/Interop/component, compiled with tsc against @pulumi/pulumi's types) run by
/// @pulumi/pulumi's own program runner, as `pulumi up` runs it, against the fake engine's ResourceMonitor: its remote
/// LiveChannel registration reaches the engine, which calls the built plugin's Construct; the plugin registers the
/// component and its children back, and their steps run through the plugin against the emulator.
/// </summary>
public sealed class TypeScriptChannelTests : LifecycleFixture
{
    private const string Component = "alicloud-live:components:LiveChannel";

    [OneTimeSetUp]
    public async Task CompileAsync()
    {
        var tsc = await ProcessRun.NodeAsync("node_modules/typescript/bin/tsc", ["-p", "component"]);
        Assert.That(tsc.ExitCode, Is.Zero, tsc.ToString());
    }

    [Test]
    public async Task Preview_up_window_change_and_destroy_through_the_nodejs_SDK()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(Plugin);
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        var window = (Start: Utc(start), End: Utc(start.AddHours(2)));

        var preview = await RunAsync(monitor, dryRun: true, window);
        Assert.That(preview.Registered.Select(e => e.Type), Is.SupersetOf(new[] { Component, "alicloud-live:live:PullToPushTask", "alicloud-live:ice:LiveTranscodeJob", "alicloud-live:live:RecordVodConfig" }));
        Assert.That(await CloudObjectsAsync("pullToPushTasks"), Is.Empty, "a preview creates nothing");
        var planned = preview.Registered.Single(e => e.Type == Component);
        Assert.That(planned.Outputs.GetString("ingestUrl"), Is.EqualTo("rtmp://live.example.com/live/news"), "what the inputs decide is known in a preview");
        Assert.That(planned.Outputs["ingestTaskId"], Is.InstanceOf<UnknownValue>(), "the task id is unknown until the task exists");

        await RunAsync(monitor, dryRun: false, window);
        var state = monitor.State;
        var component = state.Single(e => e.Type == Component);
        var provider = state.Single(e => e.Type == "pulumi:providers:alicloud-live" && e.Name == "explicit");
        var children = state.Where(e => e.Parent == component.Urn).ToList();
        Assert.That(children, Has.Count.EqualTo(3));
        foreach (var child in children)
        {
            Assert.That(child.Urn, Does.Contain($"::{Component}${child.Type}::"), "the child's URN carries the component's type");
            Assert.That(child.Provider, Is.EqualTo(provider.Reference), $"{child.Name} is managed by the program's explicit provider");
        }

        var stack = state.Single(e => e.Type == StackEntry.StackType);
        var transcode = children.Single(c => c.Type == "alicloud-live:ice:LiveTranscodeJob");
        Assert.That(stack.Outputs.GetString("transcodeJobId"), Is.EqualTo(transcode.Id), "the program's stack output came from the component");
        Assert.That(stack.Outputs.GetString("ingestTaskId"), Is.EqualTo(children.Single(c => c.Type == "alicloud-live:live:PullToPushTask").Id));

        Plugin.Engine.Clear();
        var change = await RunAsync(monitor, dryRun: false, (window.Start, Utc(start.AddHours(3))));
        foreach (var child in children.Where(c => c.Type != "alicloud-live:live:RecordVodConfig"))
        {
            Assert.That(change.OpOf(child.Urn), Is.EqualTo(StepOp.Replace), child.Name);
            Assert.That(LogsFor(child.Urn).Select(l => l.Message), Has.Some.Contains("replace"), $"the note under {child.Name}'s URN");
        }

        await monitor.DestroyAsync();
        foreach (var kind in new[] { "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs" })
        {
            Assert.That(await CloudObjectsAsync(kind), Is.Empty, $"{kind} left behind");
        }
    }

    /// <summary>The program run as the nodejs language host runs it: @pulumi/pulumi/cmd/run with the monitor's address.</summary>
    private async Task<MonitorDeployment> RunAsync(FakeResourceMonitor monitor, bool dryRun, (string Start, string End) window)
    {
        var deployment = monitor.Begin(dryRun);
        var config = new JsonObject
        {
            [$"{monitor.Project}:startTime"] = window.Start,
            [$"{monitor.Project}:endTime"] = window.End,
            [$"{monitor.Project}:vodTranscodeGroupId"] = "vod-group-default",
        };
        string[] args =
        [
            $"--monitor={monitor.Address}",
            $"--engine={Plugin.Engine.Address}",
            $"--project={monitor.Project}",
            $"--stack={monitor.Stack}",
            .. dryRun ? ["--dry-run"] : Array.Empty<string>(),
            Path.Combine(RepoPaths.InteropDir, "component", "bin", "index.js"),
        ];
        var run = await ProcessRun.NodeAsync("node_modules/@pulumi/pulumi/cmd/run/index.js", args, new Dictionary<string, string> { ["PULUMI_CONFIG"] = config.ToJsonString() });
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        await deployment.FinishAsync();
        return deployment;
    }
}
