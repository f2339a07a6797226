using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

/// <summary>The engine's channels carry messages up to 400 MiB; ours must take what it sends, both ways.</summary>
public sealed class MessageLimitTests
{
    [Test]
    public async Task A_message_above_the_grpc_default_and_the_old_64_MiB_limit_goes_through_both_ways()
    {
        await using var server = await TestServer.StartAsync();
        var payload = ByteString.CopyFrom(new byte[100 * 1024 * 1024]);

        var echoed = await server.Client.UnaryAsync(TestServer.BytesPath, new BytesValue { Value = payload }, BytesValue.Parser, TimeSpan.FromMinutes(2));

        Assert.That(echoed.Value.Length, Is.EqualTo(payload.Length));
    }
}
