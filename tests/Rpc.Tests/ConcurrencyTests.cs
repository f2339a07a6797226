using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

public class ConcurrencyTests
{
    [Test]
    public async Task Two_hundred_concurrent_calls_each_get_their_own_answer()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        await using var server = await TestServer.StartAsync(r => r.MapUnary("/test.Slow/Echo", StringValue.Parser, async (request, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            return new StringValue { Value = request.Value + "!" };
        }));

        var inputs = Enumerable.Range(0, 200).Select(i => $"call-{i}").ToArray();
        var replies = await Task.WhenAll(inputs.Select(input =>
            server.Client.UnaryAsync("/test.Slow/Echo", new StringValue { Value = input }, StringValue.Parser, TimeSpan.FromSeconds(60))));

        Assert.That(replies.Select(r => r.Value), Is.EqualTo(inputs.Select(i => i + "!")));
        Assert.That(maxInFlight, Is.GreaterThan(1), "calls were served one at a time");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
