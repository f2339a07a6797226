using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>
/// Each replacement is explained once under the resource's URN on the engine's Log service: WARNING when it
/// depends on the recorded state or the clock, INFO when it follows from the inputs. Secrets never appear.
/// </summary>
public class ReplacementLogTests
{
    private const string NewPassword = "new-secret-password-91c2";

    [Test]
    public async Task A_state_dependent_replacement_is_one_warning_under_the_urn()
    {
        await using var h = await ProviderHarness.StartAsync();
        var news = Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/other")))).Set("password", V.Secret(NewPassword));

        var diff = await h.DiffAsync("w-1", Widgets.OutputsOf(Widgets.Inputs, "Running"), Widgets.Inputs, news);

        Assert.That(diff.Replaces, Is.EqualTo(new[] { "source" }));
        var log = h.Engine.Logs.Single();
        Assert.That(log.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(log.Urn, Is.EqualTo(Widgets.Urn));
        Assert.That(log.Message, Is.EqualTo("source cannot change while the widget is running (status Running); the widget will be replaced"));
    }

    [Test]
    public async Task A_replacement_forced_by_the_providers_clock_is_a_warning()
    {
        await using var h = await ProviderHarness.StartAsync();
        var olds = Widgets.OutputsOf(Widgets.Inputs, "NotStarted");
        var news = Widgets.Inputs.Set("startTime", V.S("2026-01-01T05:00:00Z"));
        var before = await h.DiffAsync("w-1", olds, Widgets.Inputs, news);

        h.Clock.Now = ManualClock.Start.AddHours(2);
        var after = await h.DiffAsync("w-1", olds, Widgets.Inputs, news);

        Assert.That(before.Replaces, Is.Empty);
        Assert.That(after.Replaces, Is.EqualTo(new[] { "startTime" }));
        var log = h.Engine.Logs.Single();
        Assert.That(log.Severity, Is.EqualTo(LogSeverity.Warning));
        Assert.That(log.Message, Does.Contain("start time 2026-01-01T01:00:00Z has passed"));
    }

    [Test]
    public async Task An_always_replace_replacement_is_one_info_under_the_urn()
    {
        await using var h = await ProviderHarness.StartAsync();

        await h.DiffAsync("w-1", Widgets.OutputsOf(Widgets.Inputs, "NotStarted"), Widgets.Inputs, Widgets.Inputs.Set("kind", V.S("Large")));

        var log = h.Engine.Logs.Single();
        Assert.That(log.Severity, Is.EqualTo(LogSeverity.Info));
        Assert.That(log.Urn, Is.EqualTo(Widgets.Urn));
        Assert.That(log.Message, Does.StartWith("kind cannot change: ").And.EndWith("the widget will be replaced"));
    }

    [Test]
    public async Task An_in_place_update_logs_nothing()
    {
        await using var h = await ProviderHarness.StartAsync();

        await h.DiffAsync("w-1", Widgets.OutputsOf(Widgets.Inputs, "Running"), Widgets.Inputs, Widgets.Inputs.Set("size", V.N(9)));

        Assert.That(h.Engine.Logs, Is.Empty);
    }

    [Test]
    public async Task No_secret_reaches_the_engine_log_through_a_whole_life_cycle()
    {
        await using var h = await ProviderHarness.StartAsync();
        var inputs = Widgets.Inputs.Set("slot", V.Secret("slot-secret-55"));
        var created = await h.CreateAsync(inputs);
        var olds = StructCodec.Decode(created.Properties);
        h.Cloud.SetStatus(created.Id, "Running");
        var news = inputs
            .Set("password", V.Secret(NewPassword))
            .Set("kind", V.S("Large"))
            .Set("source", V.Obj(("url", V.Secret("rtmp://live.example.com/app/secret-stream"))));

        await h.CheckAsync(news, inputs);
        await h.DiffAsync(created.Id, olds, inputs, news);
        await h.DiffAsync(created.Id, olds, inputs, inputs.Set("slot", V.Secret("slot-secret-66")));
        await h.DeleteAsync(created.Id, olds, inputs);

        Assert.That(h.Engine.Logs, Has.Count.EqualTo(2), "one explanation per replacing diff");
        var text = string.Join("\n", h.Engine.Logs.Select(l => l.Message));
        foreach (var secret in new[] { Widgets.Password, NewPassword, "slot-secret-55", "slot-secret-66", "secret-stream", ProviderHarness.ApiKey })
        {
            Assert.That(text, Does.Not.Contain(secret));
        }
    }
}
