using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Rpc.Tests;

public class WireEncodingTests
{
    [TestCase("plain text", "plain text")]
    [TestCase("100%", "100%25")]
    [TestCase("tab\there", "tab%09here")]
    [TestCase("é", "%C3%A9")]
    [TestCase("🚀", "%F0%9F%9A%80")]
    [TestCase("~ and \u007f", "~ and %7F")]
    public void Grpc_message_percent_encoding(string message, string encoded)
    {
        Assert.That(GrpcMessageEncoding.Encode(message), Is.EqualTo(encoded));
        Assert.That(GrpcMessageEncoding.Decode(encoded), Is.EqualTo(message));
    }

    [TestCase("50%", "50%")]
    [TestCase("%zz", "%zz")]
    [TestCase("%4", "%4")]
    [TestCase("%41%42", "AB")]
    public void Malformed_percent_sequences_are_kept(string encoded, string decoded) =>
        Assert.That(GrpcMessageEncoding.Decode(encoded), Is.EqualTo(decoded));

    [Test]
    public void Status_details_accept_padded_and_unpadded_base64()
    {
        var detail = Any.Pack(new StringValue { Value = "x" });
        var unpadded = StatusDetails.Encode(StatusCode.Aborted, "m", [detail]);
        var status = new Google.Rpc.Status { Code = 10, Message = "m", Details = { detail } };
        var padded = Convert.ToBase64String(status.ToByteArray());

        Assert.That(unpadded, Does.Not.EndWith("="));
        Assert.That(StatusDetails.Decode(unpadded), Is.EqualTo(new[] { detail }));
        Assert.That(StatusDetails.Decode(padded), Is.EqualTo(new[] { detail }));
        Assert.That(StatusDetails.Decode("not base64!"), Is.Empty);
    }

    [TestCase("1H", 3_600_000)]
    [TestCase("2M", 120_000)]
    [TestCase("5S", 5_000)]
    [TestCase("100m", 100)]
    [TestCase("1500u", 1.5)]
    [TestCase("2000000n", 2)]
    public void Grpc_timeout_units(string header, double milliseconds) =>
        Assert.That(GrpcTimeout.Parse(header), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [TestCase("")]
    [TestCase("S")]
    [TestCase("123456789S")]
    [TestCase("10x")]
    [TestCase("-1S")]
    [TestCase("1.5S")]
    public void Malformed_grpc_timeout_is_invalid_argument(string header) =>
        Assert.That(Assert.Throws<GrpcException>(() => GrpcTimeout.Parse(header))!.Code, Is.EqualTo(StatusCode.InvalidArgument));

    [Test]
    public void Grpc_timeout_beyond_a_timer_means_no_deadline() =>
        Assert.That(GrpcTimeout.Parse("99999999H"), Is.Null);

    [TestCase(250, "250m")]
    [TestCase(0.2, "1m")]
    [TestCase(200_000_000, "200000S")]
    public void Grpc_timeout_formatting(double milliseconds, string header) =>
        Assert.That(GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds)), Is.EqualTo(header));

    [TestCase("127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [TestCase(":1234", "http://127.0.0.1:1234/")]
    [TestCase("http://127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [TestCase("localhost:50051", "http://localhost:50051/")]
    public void Addresses(string address, string uri) =>
        Assert.That(GrpcAddress.Parse(address).ToString(), Is.EqualTo(uri));

    [TestCase("https://127.0.0.1:1234")]
    [TestCase("127.0.0.1")]
    [TestCase("")]
    public void Bad_addresses_are_refused(string address) =>
        Assert.Catch<ArgumentException>(() => GrpcAddress.Parse(address));
}
