namespace AlicloudLive.Cloud.Tests;

public sealed class EndpointTests
{
    [TestCase("cn-shanghai", "https://live.aliyuncs.com/", "https://ice.cn-shanghai.aliyuncs.com/")]
    [TestCase("cn-beijing", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("ap-southeast-1", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("eu-central-1", "https://live.eu-central-1.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    public void DefaultsPerRegion(string region, string live, string ice)
    {
        var options = new CloudClientOptions { Region = region };

        Assert.That(options.ResolveLiveEndpoint().ToString(), Is.EqualTo(live));
        Assert.That(options.ResolveIceEndpoint().ToString(), Is.EqualTo(ice));
    }

    [TestCase("http://127.0.0.1:43125", "http://127.0.0.1:43125/")]
    [TestCase("http://127.8.9.10:1", "http://127.8.9.10:1/")]
    [TestCase("http://localhost:8080/", "http://localhost:8080/")]
    [TestCase("http://[::1]:9000", "http://[::1]:9000/")]
    [TestCase("live-vpc.cn-shanghai.aliyuncs.com", "https://live-vpc.cn-shanghai.aliyuncs.com/")]
    [TestCase("private.example.com:8443", "https://private.example.com:8443/")]
    [TestCase("https://live.example.com", "https://live.example.com/")]
    public void AcceptedOverrides(string value, string expected) =>
        Assert.That(CloudEndpoints.Parse(value, "liveEndpoint").ToString(), Is.EqualTo(expected));

    [TestCase("http://live.aliyuncs.com", "non-loopback")]
    [TestCase("http://10.0.0.1:8080", "non-loopback")]
    [TestCase("http://128.0.0.1", "non-loopback")]
    [TestCase("ftp://127.0.0.1", "must use https")]
    [TestCase("https://live.example.com/path", "no path")]
    [TestCase("https://", "not a host")]
    public void RejectedOverridesNameTheSetting(string value, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => CloudEndpoints.Parse(value, "iceEndpoint"));

        Assert.That(ex!.Message, Does.StartWith("iceEndpoint").And.Contain(reason));
        Assert.That(ex.ParamName, Is.EqualTo("iceEndpoint"));
    }

    [Test]
    public void ClientRejectsAPlainHttpCloudEndpoint()
    {
        var options = new CloudClientOptions { LiveEndpoint = "http://live.aliyuncs.com" };

        var ex = Assert.Throws<ArgumentException>(() => new AlibabaCloudClient(new AccessKeyCredentials("id", "s", null), options));

        Assert.That(ex!.ParamName, Is.EqualTo("liveEndpoint"));
    }
}
