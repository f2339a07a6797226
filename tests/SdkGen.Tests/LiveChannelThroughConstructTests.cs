using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Sdk.Components;
using AlicloudLive.Sdk.Components.Inputs;
using AlicloudLive.SdkGen.Tests.Mocks;
using AlicloudLive.Values;
using Pulumi;
using Pulumi.Testing;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The generated LiveChannel under Pulumi.Testing, its registration handed to the fake engine's ResourceMonitor, which
/// calls the built plugin's Construct; the plugin registers the component and its children back with that monitor,
/// whose steps run through the plugin against the built emulator. Preview, up, a change of the window, destroy.
/// Pulumi.Testing hands its mocks a component's `provider` but not its `providers` map (MockResourceArgs has no such
/// field), so passing an explicit provider on is proven where the real SDK speaks to the monitor (the TypeScript
/// program, and the raw Construct tests of the Lifecycle suite); here the children use the default provider.
/// </summary>
public class LiveChannelThroughConstructTests : LifecycleFixture
{
    private const string Component = "alicloud-live:components:LiveChannel";
    private const string TaskType = "alicloud-live:live:PullToPushTask";
    private const string JobType = "alicloud-live:ice:LiveTranscodeJob";
    private const string RecordType = "alicloud-live:live:RecordVodConfig";

    [Test]
    public async Task Preview_up_window_change_and_destroy_of_the_generated_class_go_through_Construct()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(Plugin);
        // Started ten minutes ago: a window change then replaces the started task and job, with a note under each.
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        var window = (Start: Utc(start), End: Utc(start.AddHours(2)));

        var (preview, previewed) = await RunAsync(monitor, dryRun: true, window);
        Assert.That(preview.Steps.Where(s => s.Op == StepOp.Create).Select(s => Type(s.Urn)), Is.SupersetOf(new[] { Component, TaskType, JobType, RecordType }));
        Assert.That(await CloudObjectsAsync("pullToPushTasks"), Is.Empty, "a preview creates nothing");
        Assert.That(monitor.State, Is.Empty, "a preview records nothing");
        var previewTaskId = await OutputValues.DataAsync(previewed.IngestTaskId);
        Assert.That(previewTaskId.IsKnown, Is.False, "the task id is unknown until the task exists: no guess");
        Assert.That(await OutputValues.DataAsync(previewed.IngestUrl), Is.EqualTo(((object?)"rtmp://live.example.com/live/news", true, false)));

        var (up, channel) = await RunAsync(monitor, dryRun: false, window);
        var state = monitor.State;
        var ingest = state.Single(e => e.Type == TaskType);
        var transcode = state.Single(e => e.Type == JobType);
        var recording = state.Single(e => e.Type == RecordType);
        var component = state.Single(e => e.Type == Component);
        var provider = state.Single(e => e.Type == "pulumi:providers:alicloud-live");
        foreach (var child in new[] { ingest, transcode, recording })
        {
            Assert.That(child.Urn, Does.Contain($"::{Component}${child.Type}::"), "the child's URN carries the component's type");
            Assert.That(child.Parent, Is.EqualTo(component.Urn));
            Assert.That(child.Provider, Is.EqualTo(provider.Reference), "the package's default provider, one for all three");
        }

        Assert.That(transcode.Dependencies, Does.Contain(ingest.Urn), "the job waits for the ingest task");
        Assert.That(await OutputValues.ValueAsync(channel.IngestTaskId), Is.EqualTo(ingest.Id));
        Assert.That(await OutputValues.ValueAsync(channel.TranscodeJobId), Is.EqualTo(transcode.Id));
        Assert.That(await OutputValues.ValueAsync(channel.RecordConfigId), Is.EqualTo(recording.Id));
        Assert.That(await OutputValues.ValueAsync(channel.OutputStreams), Is.Not.Empty);
        Assert.That((await CloudObjectsAsync("pullToPushTasks")).Count, Is.EqualTo(1));
        Assert.That(component.Outputs.GetString("transcodeJobId"), Is.EqualTo(transcode.Id), "RegisterResourceOutputs recorded the component's outputs");

        Plugin.Engine.Clear();
        var (change, _) = await RunAsync(monitor, dryRun: false, (window.Start, Utc(start.AddHours(3))));
        Assert.That(change.OpOf(ingest.Urn), Is.EqualTo(StepOp.Replace));
        Assert.That(change.OpOf(transcode.Urn), Is.EqualTo(StepOp.Replace));
        Assert.That(change.OpOf(recording.Urn), Is.EqualTo(StepOp.Same), "the recording does not depend on the window");
        foreach (var replaced in new[] { ingest, transcode })
        {
            Assert.That(LogsFor(replaced.Urn).Select(l => l.Message), Has.Some.Contains("replace"), $"the replacement note of {replaced.Name} is under its URN");
        }

        Assert.That((await CloudObjectsAsync("pullToPushTasks")).Count, Is.EqualTo(1), "the replaced task was deleted");

        var destroyed = await monitor.DestroyAsync();
        Assert.That(destroyed.Select(s => s.Urn), Does.Contain(component.Urn));
        foreach (var kind in new[] { "liveTranscodeJobs", "pullToPushTasks", "recordVodConfigs" })
        {
            Assert.That(await CloudObjectsAsync(kind), Is.Empty, $"{kind} left behind");
        }
    }

    [Test]
    public async Task A_child_the_cloud_refuses_fails_the_component_with_the_childs_message()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(Plugin);
        var start = DateTimeOffset.UtcNow.AddMinutes(10);
        // The emulator knows template ice-tpl-hd only: SubmitLiveTranscodeJob refuses this one.
        var failure = Assert.CatchAsync(() => RunAsync(monitor, dryRun: false, (Utc(start), Utc(start.AddHours(1))), template: "no-such-template"));
        Assert.That(failure!.ToString(), Does.Contain("news-transcode").And.Contain("no-such-template"));
        await monitor.Current.FinishAsync();
        await monitor.DestroyAsync();
        Assert.That(await CloudObjectsAsync("pullToPushTasks"), Is.Empty);
    }

    /// <summary>One run of the program under Pulumi.Testing against the fake engine; returns the deployment and the channel.</summary>
    private static async Task<(MonitorDeployment Deployment, LiveChannel Channel)> RunAsync(
        FakeResourceMonitor monitor, bool dryRun, (string Start, string End) window, string template = "ice-tpl-hd")
    {
        var deployment = monitor.Begin(dryRun);
        using var mocks = new EngineMocks(monitor, SdkTypes.Schema.Value);
        await mocks.RegisterStackAsync();
        LiveChannel? channel = null;
        await Pulumi.Deployment.TestAsync(mocks, new TestOptions { IsPreview = dryRun, ProjectName = monitor.Project, StackName = monitor.Stack }, () =>
        {
            channel = new LiveChannel("news", new LiveChannelArgs
            {
                SourceUrl = "rtmp://origin.example.com/live/news",
                IngestDomain = "live.example.com",
                PlayDomain = "play.example.com",
                StreamName = "news",
                StartTime = window.Start,
                EndTime = window.End,
                TranscodeTemplateId = template,
                Recording = new LiveChannelRecordingArgs { VodTranscodeGroupId = "vod-group-default" },
            });
        });
        await deployment.FinishAsync();
        return (deployment, channel!);
    }

    private static string Type(string urn) => urn.Split("::")[2].Split('$')[^1];
}
