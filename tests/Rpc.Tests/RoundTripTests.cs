using System.Net;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

public class RoundTripTests
{
    [Test]
    public async Task Client_and_server_round_trip_a_message()
    {
        await using var server = await TestServer.StartAsync();

        Assert.That(await server.EchoAsync("héllo ✓ 🚀"), Is.EqualTo("héllo ✓ 🚀"));
    }

    [Test]
    public async Task Raw_frame_gets_a_framed_reply_with_ok_in_the_trailers()
    {
        await using var server = await TestServer.StartAsync();
        var request = new StringValue { Value = "raw" }.ToByteArray();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, RawGrpc.Frame(request));

        Assert.Multiple(() =>
        {
            Assert.That(reply.HttpStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.ContentType, Is.EqualTo("application/grpc"));
            Assert.That(reply.Body, Is.EqualTo(RawGrpc.Frame(request)));
            Assert.That(reply.Status["grpc-status"], Is.EqualTo("0"));
        });
    }

    [Test]
    public async Task Grpc_proto_content_type_is_accepted()
    {
        await using var server = await TestServer.StartAsync();
        var request = new StringValue { Value = "proto" }.ToByteArray();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, RawGrpc.Frame(request), "application/grpc+proto");

        Assert.That(reply.Status["grpc-status"], Is.EqualTo("0"));
        Assert.That(StringValue.Parser.ParseFrom(reply.Body.AsSpan(5)).Value, Is.EqualTo("proto"));
    }

    [Test]
    public async Task Eight_MiB_message_round_trips_intact()
    {
        await using var server = await TestServer.StartAsync();
        var payload = new byte[8 * 1024 * 1024];
        new Random(42).NextBytes(payload);

        var reply = await server.Client.UnaryAsync(
            TestServer.BytesPath, new BytesValue { Value = ByteString.CopyFrom(payload) }, BytesValue.Parser, TimeSpan.FromSeconds(60));

        Assert.That(reply.Value.ToByteArray(), Is.EqualTo(payload));
    }

    [Test]
    public async Task Wrong_content_type_is_http_415()
    {
        await using var server = await TestServer.StartAsync();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, RawGrpc.Frame([]), "application/json");

        Assert.That(reply.HttpStatus, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task Non_post_is_refused_before_any_handler()
    {
        await using var server = await TestServer.StartAsync();

        var reply = await RawGrpc.PostAsync(server.Server.Port, TestServer.EchoPath, [], method: HttpMethod.Get);

        Assert.That(reply.HttpStatus, Is.EqualTo(HttpStatusCode.UnsupportedMediaType)); // a GET has no gRPC content type
        Assert.That(reply.Status["grpc-status"], Is.Not.EqualTo("0"));
    }

    [Test]
    public async Task Health_check_reports_serving()
    {
        await using var server = await TestServer.StartAsync();

        var reply = await server.Client.UnaryAsync(
            "/grpc.health.v1.Health/Check", new Grpc.Health.V1.HealthCheckRequest(), Grpc.Health.V1.HealthCheckResponse.Parser);

        Assert.That(reply.Status, Is.EqualTo(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving));
    }

    [Test]
    public async Task Server_listens_on_loopback_at_the_port_it_reports()
    {
        await using var server = await TestServer.StartAsync();

        Assert.That(server.Server.Port, Is.GreaterThan(0));
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Server.Port);
        Assert.That(tcp.Connected, Is.True);
    }
}
