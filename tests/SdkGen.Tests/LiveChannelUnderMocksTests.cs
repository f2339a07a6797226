using AlicloudLive.Sdk.Components;
using AlicloudLive.SdkGen.Tests.Mocks;
using Pulumi;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>The hand-written LiveChannel component under Pulumi.Testing: its children, their order and its options.</summary>
public class LiveChannelUnderMocksTests
{
    private const string Task = "alicloud-live:live:PullToPushTask";
    private const string Job = "alicloud-live:ice:LiveTranscodeJob";
    private const string Record = "alicloud-live:live:RecordVodConfig";

    private static LiveChannelArgs Args(LiveChannelRecordingArgs? recording = null) => new()
    {
        SourceUrl = "rtmp://origin.example.com/live/news",
        IngestDomain = "live.example.com",
        PlayDomain = "play.example.com",
        StreamName = "news",
        StartTime = "2030-01-01T10:00:00Z",
        EndTime = "2030-01-01T12:00:00Z",
        TranscodeTemplateId = "ice-tpl-hd",
        Recording = recording,
    };

    [Test]
    public async Task Children_are_parented_to_the_channel_and_the_transcoding_job_waits_for_the_ingest_task()
    {
        // A child takes its provider from its parent: children that use the channel's provider are parented to it.
        var (mocks, _) = await SdkTypes.RunAsync(
            () =>
            {
                var provider = new Sdk.Provider("explicit", new Sdk.ProviderArgs { Region = "cn-shanghai" });
                _ = new LiveChannel("news", Args(new() { VodTranscodeGroupId = "vod-group" }), new ComponentResourceOptions { Providers = { provider } });
            },
            m => m.SlowTypes.Add(Task));

        var children = mocks.Registrations.Where(r => r.Args.Type is Task or Job or Record).ToList();
        Assert.That(children.Select(c => c.Args.Type), Is.EquivalentTo(new[] { Task, Job, Record }));
        foreach (var child in children)
        {
            Assert.That(child.Args.Provider, Does.EndWith("pulumi:providers:alicloud-live::explicit::explicit-id"), child.Args.Name);
        }

        var ingest = mocks.Registrations.Single(r => r.Args.Type == Task);
        var transcode = mocks.Registrations.Single(r => r.Args.Type == Job);
        Assert.That(transcode.StartedAt, Is.GreaterThan(ingest.FinishedAt), "the job is registered only once the ingest task exists (dependsOn)");
        Assert.That(mocks.Registrations.SelectMany(r => RegistrationChecks.Problems(SdkTypes.Schema.Value, r)), Is.Empty);
    }

    [Test]
    public async Task The_channel_records_only_when_recording_is_set_and_then_sends_its_group()
    {
        var (without, _) = await SdkTypes.RunAsync(() => _ = new LiveChannel("news", Args()));
        Assert.That(without.Registrations.Select(r => r.Args.Type), Has.None.EqualTo(Record));

        var (with, _) = await SdkTypes.RunAsync(() => _ = new LiveChannel("news", Args(new() { VodTranscodeGroupId = "vod-group" })));
        Assert.That(with.Registrations.Single(r => r.Args.Type == Record).Args.Inputs["vodTranscodeGroupId"], Is.EqualTo("vod-group"));
    }

    [Test]
    public async Task An_app_name_and_region_holding_null_fall_back_to_their_defaults()
    {
        var args = Args();
        args.AppName = Output.Create((string)null!);
        args.Region = (string)null!;
        var (mocks, _) = await SdkTypes.RunAsync(() => _ = new LiveChannel("news", args));
        var ingest = mocks.Registrations.Single(r => r.Args.Type == Task).Args.Inputs;
        Assert.That(ingest["dstUrl"], Is.EqualTo("rtmp://live.example.com/live/news"));
        Assert.That(ingest["region"], Is.EqualTo("cn-shanghai"));
    }

    [Test]
    public async Task The_channel_outputs_come_back_from_its_children()
    {
        LiveChannel? channel = null;
        await SdkTypes.RunAsync(() => channel = new LiveChannel("news", Args(new() { VodTranscodeGroupId = "vod-group" })));
        Assert.That(await OutputValues.ValueAsync(channel!.IngestUrl), Is.EqualTo("rtmp://live.example.com/live/news"));
        Assert.That(await OutputValues.ValueAsync(channel.OutputStreams), Is.Not.Empty);
        Assert.That(await OutputValues.ValueAsync(channel.RecordConfigId), Is.EqualTo("news-recording-id"));
    }
}
