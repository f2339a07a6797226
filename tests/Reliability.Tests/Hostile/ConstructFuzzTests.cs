using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using FsCheck;
using FsCheck.Fluent;
using Grpc.Core;
using Pulumirpc;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
using StatusCode = Grpc.Core.StatusCode;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// Generated hostile inputs to the LiveChannel component, registered remotely with the fake engine's monitor in a
/// preview, so they reach the plugin's Construct as the engine sends them: the plugin always answers (the channel, or
/// INVALID_ARGUMENT from its own check or a child's), never crashes, shows no secret in an error, and a preview makes
/// no cloud call.
/// </summary>
[Category("Hostile")]
public sealed class ConstructFuzzTests : LifecycleFixture
{
    private const string Component = "alicloud-live:components:LiveChannel";
    private FakeResourceMonitor _monitor = null!;
    private GrpcClient _client = null!;

    [OneTimeSetUp]
    public async Task StartMonitorAsync()
    {
        _monitor = await FakeResourceMonitor.StartAsync(Plugin);
        _client = new GrpcClient(_monitor.Address);
    }

    [OneTimeTearDown]
    public async Task StopMonitorAsync()
    {
        Assert.That(await CloudCallCountAsync(), Is.Zero, "a preview of the component makes no cloud call");
        _client.Dispose();
        await _monitor.DisposeAsync();
    }

    public static Arbitrary<PropertyMap> Inputs() => HostileInputs.Map(InputShape.Inputs(Component)).ToArbitrary();

    [Property(Arbitrary = [typeof(ConstructFuzzTests)], MaxTest = 200)]
    public async Task Construct_answers_every_hostile_input(PropertyMap inputs)
    {
        var deployment = _monitor.Begin(dryRun: true);
        var request = new RegisterResourceRequest
        {
            Type = Component,
            Name = "fuzz",
            Parent = _monitor.StackUrn,
            Remote = true,
            Object = StructCodec.Encode(inputs),
            AcceptSecrets = true,
        };
        try
        {
            var response = await new ResourceMonitor.ResourceMonitorClient(_client.Invoker).RegisterResourceAsync(request);
            Assert.That(response.Urn, Does.Contain($"::{Component}::fuzz"));
        }
        catch (RpcException e)
        {
            Assert.That(e.StatusCode, Is.EqualTo(StatusCode.InvalidArgument), e.Status.Detail);
            Assert.That(e.Status.Detail, Does.Not.Contain(HostileInputs.SecretMarker), "a secret value shows in an error");
        }

        await deployment.FinishAsync();
        Assert.That(Plugin.HasExited, Is.False);
    }
}
