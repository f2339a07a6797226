namespace AlicloudLive.Rpc.Tests;

public class GrpcAddressTests
{
    [TestCase("127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [TestCase(":1234", "http://127.0.0.1:1234/")]
    [TestCase("http://127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [TestCase("localhost:50051", "http://localhost:50051/")]
    public void Engine_addresses_parse_to_plaintext_HTTP_URIs(string address, string uri) =>
        Assert.That(GrpcAddress.Parse(address).ToString(), Is.EqualTo(uri));

    [TestCase("https://127.0.0.1:1234")]
    [TestCase("127.0.0.1")]
    [TestCase("")]
    public void Bad_addresses_are_refused(string address) =>
        Assert.Catch<ArgumentException>(() => GrpcAddress.Parse(address));
}
