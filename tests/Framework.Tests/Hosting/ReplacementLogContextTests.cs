using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>
/// The replacement explanation where the engine's own sequences meet it (docs/protocol.md, "Resources"): a refresh runs Read
/// and then an inverted Diff (olds and news swapped) that replaces nothing, so it explains nothing; a Diff of the
/// same change asked again in one run is explained once.
/// </summary>
public class ReplacementLogContextTests
{
    [Test]
    public async Task The_inverted_diff_after_a_refresh_read_logs_no_replacement()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        var recorded = StructCodec.Decode(created.Properties);
        h.Cloud.SetStatus(created.Id, "Running");

        // Someone changed the source in the console: refresh reads it, then diffs the read state against the program's inputs.
        var read = await h.ReadAsync(created.Id, recorded, Widgets.Inputs);
        var readInputs = StructCodec.Decode(read.Inputs).Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/console"))));
        var inverted = await h.DiffAsync(created.Id, StructCodec.Decode(read.Properties), readInputs, Widgets.Inputs);

        Assert.That(inverted.Replaces, Is.EqualTo(new[] { "source" }), "the diff itself still reports the drift");
        Assert.That(h.Engine.Logs, Is.Empty, "a refresh replaces nothing, so it must not say so");
    }

    [Test]
    public async Task After_a_refresh_the_next_up_explains_its_replacement()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        var recorded = StructCodec.Decode(created.Properties);
        h.Cloud.SetStatus(created.Id, "Running");
        await h.ReadAsync(created.Id, recorded, Widgets.Inputs);
        var news = Widgets.Inputs.Set("kind", V.S("Large"));

        await h.CheckAsync(news, Widgets.Inputs);
        await h.DiffAsync(created.Id, recorded, Widgets.Inputs, news);

        Assert.That(h.Engine.Logs.Single().Message, Does.StartWith("kind cannot change"));
    }

    [Test]
    public async Task The_same_change_diffed_twice_in_one_run_is_explained_once()
    {
        await using var h = await ProviderHarness.StartAsync();
        var olds = Widgets.OutputsOf(Widgets.Inputs, "NotStarted");
        var news = Widgets.Inputs.Set("kind", V.S("Large"));

        for (var i = 0; i < 2; i++)
        {
            await h.CheckAsync(news, Widgets.Inputs);
            await h.DiffAsync("w-1", olds, Widgets.Inputs, news);
        }

        Assert.That(h.Engine.Logs, Has.Count.EqualTo(1));
    }
}
