using System.Net;
using System.Net.Sockets;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.TestSupport;

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

        Assert.That(await session.WaitForExitAsync(TimeSpan.FromSeconds(20)), Is.True, "the plugin outlived its engine");
        Assert.That(session.StdErr, Does.Contain("engine"));
    }

    /// <summary>
    /// An engine too busy to take connections (a starved CI runner; here an accept queue that is full) is alive: the
    /// plugin's probes time out, and a deployment in flight must not lose its plugin. Refused connections still stop it.
    /// </summary>
    [Test]
    public async Task The_plugin_stays_while_its_engine_is_too_busy_to_answer_and_exits_once_refused()
    {
        using var engine = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        engine.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        engine.Listen(0); // never accepts: the first connection fills the queue, later ones time out
        var endpoint = (IPEndPoint)engine.LocalEndPoint!;
        var address = $"127.0.0.1:{endpoint.Port}";
        await using var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, [address]);

        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.That(await ConnectsWithinAsync(endpoint, TimeSpan.FromSeconds(1)), Is.False, "the engine's queue is full, as a starved engine's is");
        Assert.That(plugin.HasExited, Is.False, $"the plugin left an engine that only answered slowly: {plugin.StdErr}");

        engine.Close();

        Assert.That(await plugin.WaitForExitAsync(TimeSpan.FromSeconds(20)), Is.True, "the plugin outlived its engine");
        Assert.That(plugin.StdErr, Does.Contain($"the engine at {address} is gone"));
    }

    private static async Task<bool> ConnectsWithinAsync(IPEndPoint endpoint, TimeSpan timeout)
    {
        using var tcp = new TcpClient();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await tcp.ConnectAsync(endpoint, cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
