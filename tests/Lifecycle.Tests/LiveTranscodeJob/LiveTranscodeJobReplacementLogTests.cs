using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.LiveTranscodeJob;

/// <summary>
/// The built plugin's replacement explanation under the engine's sequences: `pulumi refresh` runs Read and then an
/// inverted Diff (it replaces nothing), and an `up` may diff the same change again; the explanation appears only
/// for the up, once.
/// </summary>
public sealed class LiveTranscodeJobReplacementLogTests : LifecycleFixture
{
    private const string Type = "alicloud-live:ice:LiveTranscodeJob";

    private static PropertyMap Job() => Json.Map("""
        {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"},
         "transcodeOutput": {"domainName": "play.example.com"} }
        """);

    [Test]
    public async Task A_refresh_explains_no_replacement_and_an_up_explains_it_once()
    {
        var job = await Engine.CreateAsync(Type, "job", Job());
        Plugin.Engine.Clear();
        var otherTemplate = job.Inputs.With("templateId", "ice-tpl-sd");

        // pulumi refresh: Read, then Diff from the read state to the recorded inputs (here they differ in templateId).
        var refreshed = await Engine.RefreshAsync(job);
        var inverted = await Engine.DiffAsync(refreshed!, otherTemplate);
        Assert.That(EngineDriver.IsReplace(inverted), Is.True, "the inverted diff still reports the drift");
        Assert.That(LogsFor(job.Urn), Is.Empty, "a refresh replaces nothing, so it must not say so");

        // pulumi up: Check then Diff, and the same change diffed again.
        var checkedNews = await Engine.CheckAsync(Type, "job", otherTemplate, job.Inputs);
        await Engine.DiffAsync(job, checkedNews);
        await Engine.DiffAsync(job, checkedNews);
        var explained = LogsFor(job.Urn);
        Assert.That(explained, Has.Count.EqualTo(1), string.Join("\n", explained.Select(l => l.Message)));
        Assert.That(explained[0].Message, Does.StartWith("templateId cannot change"));

        await Engine.DeleteAsync(job);
    }
}
