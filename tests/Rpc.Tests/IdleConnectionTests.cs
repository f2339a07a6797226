using AlicloudLive.TestSupport;

namespace AlicloudLive.Rpc.Tests;

/// <summary>
/// The engine holds one connection to the plugin for a whole deployment and may send nothing for a long time between
/// steps; the server must keep that connection (an infinite keep-alive used to overflow and GOAWAY it within ~1 s).
/// </summary>
public sealed class IdleConnectionTests
{
    /// <summary>Longer than several of Kestrel's 1 s heartbeats, at which the overflowed deadline fired.</summary>
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(5);

    [Test]
    public async Task An_idle_connection_gets_no_GOAWAY_and_still_serves()
    {
        await using var server = await TestServer.StartAsync();
        await using var connection = await IdleHttp2Connection.OpenAsync(server.Server.Port);

        await Task.Delay(IdleTime);

        Assert.That(connection.Frames, Has.None.StartsWith("GOAWAY"), string.Join(", ", connection.Frames));
        Assert.That(connection.Closed, Is.Null);
        Assert.That(await connection.PingAsync(TimeSpan.FromSeconds(10)), Is.True, "the idle connection answers a PING");
    }

    [Test]
    public void The_idle_limit_is_finite_and_longer_than_a_day()
    {
        Assert.That(GrpcServer.IdleConnectionLimit, Is.GreaterThan(TimeSpan.FromDays(1)));
        Assert.That(GrpcServer.IdleConnectionLimit, Is.LessThan(TimeSpan.MaxValue / 1000), "Kestrel scales it to timestamp ticks");
    }
}
