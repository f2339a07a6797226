using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

public class MalformedRequestTests
{
    private static readonly byte[] Valid = new StringValue { Value = "ok" }.ToByteArray();

    private static IEnumerable<TestCaseData> MalformedBodies()
    {
        yield return new TestCaseData(Array.Empty<byte>(), "empty").SetName("empty body");
        yield return new TestCaseData(new byte[] { 0, 0, 0 }, "truncated").SetName("truncated header");
        yield return new TestCaseData(RawGrpc.Frame(0, 10, [1, 2, 3, 4]), "truncated").SetName("truncated message");
        yield return new TestCaseData(RawGrpc.Frame(1, (uint)Valid.Length, Valid), "compressed").SetName("compressed flag");
        yield return new TestCaseData(RawGrpc.Frame(7, (uint)Valid.Length, Valid), "compressed flag").SetName("invalid flag");
        yield return new TestCaseData(RawGrpc.Frame(0, (64 * 1024 * 1024) + 1, []), "exceeds").SetName("oversize length");
        yield return new TestCaseData(RawGrpc.Frame(0, uint.MaxValue, []), "exceeds").SetName("length near 4 GiB");
        yield return new TestCaseData(RawGrpc.Frame([0x0A, 0x05, 0x41]), "does not parse").SetName("garbage protobuf");
        yield return new TestCaseData(RawGrpc.Frame(Valid).Append((byte)0).ToArray(), "after its single message").SetName("trailing byte");
        yield return new TestCaseData(RawGrpc.Frame(Valid).Concat(RawGrpc.Frame(Valid)).ToArray(), "after its single message").SetName("two messages");
    }

    [TestCaseSource(nameof(MalformedBodies))]
    public async Task Malformed_body_is_invalid_argument_and_the_server_keeps_serving(byte[] body, string reason)
    {
        await using var server = await TestServer.StartAsync();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, body);

        Assert.That(reply.Status["grpc-status"], Is.EqualTo("3"));
        Assert.That(reply.Status["grpc-message"], Does.Contain(reason));
        Assert.That(await server.EchoAsync("still here"), Is.EqualTo("still here"));
    }
}
