using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Rpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>The token handed to resource code fires on the engine's Cancel and on the operation's timeout.</summary>
public class CancellationTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Cancel_stops_an_operation_in_flight()
    {
        await using var h = await ProviderHarness.StartAsync();
        h.Cloud.HoldCalls = true;
        var create = h.CreateAsync(Widgets.Inputs);
        await h.Cloud.Entered.WaitAsync(HangGuard);

        await h.CallAsync("Cancel", new Empty(), Empty.Parser);
        var error = Assert.ThrowsAsync<RpcException>(() => create.WaitAsync(HangGuard));

        Assert.That(h.Cloud.CancelledCalls, Is.EqualTo(1));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Cancelled));
        Assert.That(error.Message, Does.Contain("cancelled by the engine"));
        Assert.That(h.Service.Cancelled.IsCancellationRequested, Is.True);
    }

    [Test]
    public async Task The_requests_timeout_fires_the_token()
    {
        await using var h = await ProviderHarness.StartAsync();
        h.Cloud.HoldCalls = true;

        var error = Assert.ThrowsAsync<RpcException>(() => h.CreateAsync(Widgets.Inputs, timeoutSeconds: 0.5).WaitAsync(HangGuard));

        Assert.That(h.Cloud.CancelledCalls, Is.EqualTo(1));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
        Assert.That(h.Service.Cancelled.IsCancellationRequested, Is.False, "a timeout is not a Cancel");
    }

    [Test]
    public async Task A_held_operation_without_cancel_or_timeout_finishes_when_released()
    {
        await using var h = await ProviderHarness.StartAsync();
        h.Cloud.HoldCalls = true;
        var create = h.CreateAsync(Widgets.Inputs);
        await h.Cloud.Entered.WaitAsync(HangGuard);

        h.Cloud.Release();
        var response = await create.WaitAsync(HangGuard);

        Assert.That(h.Cloud.Find(response.Id), Is.Not.Null);
        Assert.That(h.Cloud.CancelledCalls, Is.Zero);
    }
}
