using AlicloudLive.Driver;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Lifecycle.Tests.Protocol;

/// <summary>The built plugin keeps the engine's connection open however long it stays idle between two steps.</summary>
public sealed class IdleConnectionTests
{
    [Test]
    public async Task The_plugin_keeps_an_idle_engine_connection_open_with_no_GOAWAY()
    {
        await using var session = await PluginSession.StartAsync();
        await using var connection = await IdleHttp2Connection.OpenAsync(session.Port);

        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.That(connection.Frames, Has.None.StartsWith("GOAWAY"), string.Join(", ", connection.Frames));
        Assert.That(connection.Closed, Is.Null);
        Assert.That(await connection.PingAsync(TimeSpan.FromSeconds(10)), Is.True, "the idle connection answers a PING");
    }
}
