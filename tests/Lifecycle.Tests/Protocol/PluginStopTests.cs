using AlicloudLive.Lifecycle.Tests.RecordVodConfig;
using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Protocol;

/// <summary>How the built plugin stops: on the engine's signal on every OS, never while debug-attached, and, once its
/// engine is gone, only after the calls in flight have finished.</summary>
public sealed class PluginStopTests
{
    /// <summary>SIGQUIT is what .NET delivers on Windows for the engine's CTRL_BREAK_EVENT; the same registration serves both.</summary>
    [TestCase(2, TestName = "SIGINT (the engine on Unix) stops the plugin cleanly")]
    [TestCase(3, TestName = "SIGQUIT (.NET's name for the engine's CTRL_BREAK_EVENT on Windows) stops the plugin cleanly")]
    [TestCase(15, TestName = "SIGTERM stops the plugin cleanly")]
    public async Task A_stop_signal_stops_the_plugin_cleanly(int signal)
    {
        await using var session = await PluginSession.StartAsync();

        Assert.That(await session.SignalAndWaitAsync(signal, TimeSpan.FromSeconds(10)), Is.True, $"signal {signal} must stop the plugin");
        Assert.That(session.ExitCode, Is.Zero, session.StdErr);
    }

    /// <summary>
    /// PULUMI_DEBUG_PROVIDERS: the user starts the plugin by hand (no engine address on its command line) and every
    /// `pulumi` run connects to it. The engine of one run going away must not stop it before the next run.
    /// </summary>
    [Test]
    public async Task A_plugin_started_by_hand_serves_run_after_run_however_its_engines_come_and_go()
    {
        await using var plugin = await ServerProcess.StartAsync(RepoPaths.PluginBinary, []);
        using var client = new GrpcClient($"127.0.0.1:{plugin.FirstLine.Trim()}");
        foreach (var run in new[] { "first run", "second run" })
        {
            await using var engine = await FakeEngine.StartAsync();
            await client.UnaryAsync("/pulumirpc.ResourceProvider/Handshake", new ProviderHandshakeRequest { EngineAddress = engine.Address },
                ProviderHandshakeResponse.Parser, TimeSpan.FromSeconds(30));
            Assert.That((await client.UnaryAsync("/pulumirpc.ResourceProvider/GetPluginInfo", new Empty(), PluginInfo.Parser, TimeSpan.FromSeconds(30))).Version,
                Is.Not.Empty, run);
            await engine.DisposeAsync();

            await Task.Delay(TimeSpan.FromSeconds(5)); // the engine watch probes every second; two refusals would stop it
            Assert.That(plugin.HasExited, Is.False, $"{run}: the plugin stopped with its engine: {plugin.StdErr}");
        }
    }

    /// <summary>
    /// A killed CLI leaves a call in flight: its cloud call runs to its own end (here 10 s, past the 5 s grace a stop
    /// signal gets) instead of being cut half done, and then the plugin exits.
    /// </summary>
    [Test]
    public async Task Once_the_engine_is_gone_the_call_in_flight_finishes_its_cloud_call_before_the_plugin_exits()
    {
        await using var emulator = await EmulatorProcess.StartAsync();
        await using var session = await PluginSession.StartAsync();
        await session.ConfigureForEmulatorAsync(emulator.BaseUrl);
        var engine = new EngineDriver(session);
        await emulator.InjectFaultAsync("AddLiveRecordVodConfig", "delay", delayMs: 10_000);

        var create = engine.CreateAsync(RecordVodConfigs.TypeToken, "rec", await engine.CheckAsync(RecordVodConfigs.TypeToken, "rec", RecordVodConfigs.WholeApp()));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await session.Engine.DisposeAsync();

        var created = await create.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.That(created.Id, Is.EqualTo("live.example.com/app/"));
        Assert.That((await emulator.ResourcesAsync())["recordVodConfigs"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(await session.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.True, "the plugin outlived its engine");
        Assert.That(session.StdErr, Does.Contain("is gone"));
    }
}
