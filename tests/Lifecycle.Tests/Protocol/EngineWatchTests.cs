using AlicloudLive.Lifecycle.Tests.Driver;

namespace AlicloudLive.Lifecycle.Tests.Protocol;

/// <summary>A killed CLI never sends Cancel: the plugin notices its engine address stopped answering and exits.</summary>
public sealed class EngineWatchTests
{
    [Test]
    public async Task The_plugin_exits_once_the_engine_it_was_given_is_gone()
    {
        await using var session = await PluginSession.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(session.HasExited, Is.False, "the plugin stays while its engine answers");

        await session.Engine.DisposeAsync();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!session.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.That(session.HasExited, Is.True, "the plugin outlived its engine");
        Assert.That(session.StdErr, Does.Contain("engine"));
    }
}
