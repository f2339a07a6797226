using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

public class MalformedRequestTests
{
    private static readonly byte[] Valid = new StringValue { Value = "ok" }.ToByteArray();

    /// <summary>Each malformed body and the status the official stack answers: never OK, never a crash.</summary>
    private static IEnumerable<TestCaseData> MalformedBodies()
    {
        yield return new TestCaseData(Array.Empty<byte>(), "13", "Incomplete message").SetName("empty body");
        yield return new TestCaseData(new byte[] { 0, 0, 0 }, "13", "Incomplete message").SetName("truncated header");
        yield return new TestCaseData(RawGrpc.Frame(0, 10, [1, 2, 3, 4]), "13", "Incomplete message").SetName("truncated message");
        yield return new TestCaseData(RawGrpc.Frame(1, (uint)Valid.Length, Valid), "13", "compressed message").SetName("compressed flag");
        yield return new TestCaseData(RawGrpc.Frame(7, (uint)Valid.Length, Valid), "2", "").SetName("invalid flag");
        yield return new TestCaseData(RawGrpc.Frame(0, (400 * 1024 * 1024) + 1, []), "8", "exceeds the maximum").SetName("oversize length");
        yield return new TestCaseData(RawGrpc.Frame(0, uint.MaxValue, []), "2", "").SetName("length near 4 GiB");
        yield return new TestCaseData(RawGrpc.Frame([0x0A, 0x05, 0x41]), "3", "does not parse").SetName("garbage protobuf");
        yield return new TestCaseData(RawGrpc.Frame(Valid).Append((byte)0).ToArray(), "13", "Additional data after the message").SetName("trailing byte");
        yield return new TestCaseData(RawGrpc.Frame(Valid).Concat(RawGrpc.Frame(Valid)).ToArray(), "13", "Additional data after the message").SetName("two messages");
    }

    [TestCaseSource(nameof(MalformedBodies))]
    public async Task Malformed_body_is_an_error_status_and_the_server_keeps_serving(byte[] body, string code, string reason)
    {
        await using var server = await TestServer.StartAsync();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, body);

        Assert.That(reply.Status["grpc-status"], Is.EqualTo(code));
        Assert.That(reply.Status["grpc-message"], Does.Contain(reason));
        Assert.That(await server.EchoAsync("still here"), Is.EqualTo("still here"));
    }
}
