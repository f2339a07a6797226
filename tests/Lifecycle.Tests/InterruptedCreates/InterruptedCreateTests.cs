using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf;
using Grpc.Core;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob.EdgeJobTestSupport;

namespace AlicloudLive.Lifecycle.Tests.InterruptedCreates;

/// <summary>
/// A `pulumi up` interrupted while a create is in flight (the plugin killed, the engine's Cancel, a customTimeouts
/// timeout), for every resource: the new id is logged at once, nothing is created twice, and the engine is told
/// about every object that exists (docs/protocol.md, "Errors").
/// </summary>
public sealed class InterruptedCreateTests : LifecycleFixture
{
    private const string Name = "interrupted";

    private static IEnumerable<InterruptedCreateCase> Cases() => InterruptedCreateCase.All();

    [TestCaseSource(nameof(Cases))]
    public async Task A_create_killed_after_the_cloud_accepted_it_is_refused_on_the_next_up_with_the_id_and_the_adoption_commands(InterruptedCreateCase c)
    {
        var urn = EngineDriver.Urn(c.Type, Name);
        await Emulator.InjectFaultAsync(c.FollowUp, "delay", delayMs: 120_000);
        var first = await StartPluginAsync();
        var engine = new EngineDriver(first);
        var create = engine.CreateCheckedAsync(c.Type, Name, await engine.CheckAsync(c.Type, Name, c.Inputs, seed: Seed("deployment-1")));

        var logged = await CreatedLogAsync(first, urn, c.CreateAction);
        var cloudId = c.CloudId((await CloudObjectsAsync(c.Collection)).Single()!);
        Assert.That(logged.Severity, Is.EqualTo(LogSeverity.Info));
        Assert.That(logged.Message, Does.Contain(cloudId));
        Assert.That(create.IsCompleted, Is.False, $"the id is logged while {c.FollowUp} is still held up");

        Assert.That(await first.KillAsync(), Is.True, "SIGKILL stops the plugin");
        Assert.CatchAsync(async () => await create);
        await first.DisposeAsync();
        await Emulator.ClearFaultsAsync();

        // The next `pulumi up`: a new plugin, a fresh randomSeed (a new autoname), the same URN and inputs.
        await using var second = await StartPluginAsync();
        var next = new EngineDriver(second);
        var retried = await next.CheckAsync(c.Type, Name, c.Inputs, seed: Seed("deployment-2"));
        var error = Assert.ThrowsAsync<RpcException>(() => next.CreateCheckedAsync(c.Type, Name, retried));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.AlreadyExists), error.Message);
        Assert.That(error.Message, Does.Contain($"`pulumi refresh --import-pending-creates {urn} --import-pending-creates {cloudId}`")
            .And.Contain($"`pulumi import {c.Type} {Name} {cloudId}`"));
        Assert.That((await CloudObjectsAsync(c.Collection)).Select(o => c.CloudId(o!)), Is.EqualTo(new[] { cloudId }), "no second object");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_create_timed_out_after_the_cloud_accepted_it_answers_init_failed_with_the_id_and_the_next_up_finishes_it(InterruptedCreateCase c)
    {
        await Emulator.InjectFaultAsync(c.FollowUp, "delay", delayMs: 120_000);
        var inputs = await Engine.CheckAsync(c.Type, Name, c.Inputs);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateCheckedAsync(c.Type, Name, inputs, timeoutSeconds: 8));
        var cloudId = c.CloudId((await CloudObjectsAsync(c.Collection)).Single()!);
        var failure = InitFailure(error!);
        Assert.That(failure.Id, Is.EqualTo(cloudId));
        Assert.That(failure.Reasons.Single(), Does.Contain(cloudId).And.Contain("cancelled or timed out").And.Contain("the next `pulumi up` finishes"));

        await Emulator.ClearFaultsAsync();
        var recorded = new ResourceState(c.Type, Name, EngineDriver.Urn(c.Type, Name), failure.Id, inputs, StructCodec.Decode(failure.Properties));
        var finished = await ContinueAfterInitErrorAsync(Engine, recorded);
        Assert.That(finished.GetString("status"), Is.EqualTo(c.FinishedStatus));
        Assert.That(CallsTo(await Emulator.CallsAsync(), c.UpdateAction), Is.Zero, "nothing changed, so nothing is sent to the update API");
        Assert.That(await CloudObjectsAsync(c.Collection), Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_create_cancelled_by_the_engine_while_its_lost_answer_is_looked_up_answers_init_failed_with_the_id(InterruptedCreateCase c)
    {
        if (c.LooksUpBeforeCreate)
        {
            await Emulator.InjectFaultAsync(c.Lookup, "delay", delayMs: 0);
        }

        await Emulator.InjectFaultAsync(c.CreateAction, "commitThenDrop");
        await Emulator.InjectFaultAsync(c.Lookup, "delay", delayMs: 120_000);
        await using var plugin = await StartPluginAsync();
        var engine = new EngineDriver(plugin);
        var create = engine.CreateCheckedAsync(c.Type, Name, await engine.CheckAsync(c.Type, Name, c.Inputs));

        await WaitUntilAsync(async () => (await CloudObjectsAsync(c.Collection)).Count == 1 && CallsTo(await Emulator.CallsAsync(), c.CreateAction) == 1);
        await Task.Delay(500);
        await plugin.CancelAsync();

        var error = Assert.ThrowsAsync<RpcException>(async () => await create);
        Assert.That(error!.StatusCode, Is.Not.EqualTo(StatusCode.Cancelled), "CANCELLED tells the engine nothing was created");
        var cloudId = c.CloudId((await CloudObjectsAsync(c.Collection)).Single()!);
        var failure = InitFailure(error);
        Assert.That(failure.Id, Is.EqualTo(cloudId));
        Assert.That(failure.Reasons.Single(), Does.Contain(cloudId).And.Contain($"cancelled or timed out before {c.CreateAction} answered"));
    }

    private static byte[] Seed(string deployment) => System.Text.Encoding.UTF8.GetBytes(deployment);

    private async Task<PluginSession> StartPluginAsync()
    {
        var plugin = await PluginSession.StartAsync();
        await plugin.ConfigureForEmulatorAsync(Emulator.BaseUrl);
        return plugin;
    }

    private static async Task<LogRequest> CreatedLogAsync(PluginSession plugin, string urn, string createAction)
    {
        LogRequest? found = null;
        await WaitUntilAsync(() => Task.FromResult((found = plugin.Engine.Logs.FirstOrDefault(l => l.Urn == urn && l.Message.StartsWith(createAction + " ", StringComparison.Ordinal))) is not null));
        return found!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // Generous: the machine running the tests may be busy; the held-up calls wait longer still.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.That(DateTimeOffset.UtcNow, Is.LessThan(deadline), "timed out waiting");
            await Task.Delay(50);
        }
    }
}
