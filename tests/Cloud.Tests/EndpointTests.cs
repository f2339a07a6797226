namespace AlicloudLive.Cloud.Tests;

public sealed class EndpointTests
{
    [TestCase("cn-shanghai", "https://live.aliyuncs.com/", "https://ice.cn-shanghai.aliyuncs.com/")]
    [TestCase("cn-beijing", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("ap-southeast-1", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("eu-central-1", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("cn-hangzhou", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("us-east-1", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("ap-northeast-1", "https://live.aliyuncs.com/", "https://ice.aliyuncs.com/")]
    [TestCase("ap-southeast-7", "https://live.ap-southeast-7.aliyuncs.com/", "https://ice.ap-southeast-7.aliyuncs.com/")]
    public void Defaults_per_region(string region, string live, string ice)
    {
        var options = new CloudClientOptions { Region = region };

        Assert.That(options.ResolveLiveEndpoint().ToString(), Is.EqualTo(live));
        Assert.That(options.ResolveIceEndpoint().ToString(), Is.EqualTo(ice));
    }

    [TestCase("cn-shanghai", EndpointSource.Map)]
    [TestCase("me-central-1", EndpointSource.Pattern)]
    public void The_choice_says_where_the_endpoint_came_from(string region, EndpointSource source)
    {
        var choice = new CloudClientOptions { Region = region }.ChooseLiveEndpoint();

        Assert.That(choice.Source, Is.EqualTo(source));
        Assert.That(choice.Reason, Does.Contain(region));
    }

    [Test]
    public void An_override_wins_and_says_so()
    {
        var choice = new CloudClientOptions { Region = "cn-shangai", IceEndpoint = "http://127.0.0.1:9" }.ChooseIceEndpoint();

        Assert.That((choice.Endpoint.ToString(), choice.Source), Is.EqualTo(("http://127.0.0.1:9/", EndpointSource.Override)));
    }

    [TestCase("cn-shangai", "cn-shanghai")]
    [TestCase("cn-hangzou", "cn-hangzhou")]
    [TestCase("cn-shanghia", "cn-shanghai")]
    [TestCase("CN-SHANGHAI", "cn-shanghai")]
    [TestCase("shanghai", "cn-shanghai")]
    public void An_unknown_region_of_no_documented_shape_names_the_nearest_known_region(string region, string nearest)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CloudClientOptions { Region = region }.ResolveLiveEndpoint());

        Assert.That(ex!.ParamName, Is.EqualTo("region"));
        Assert.That(ex.Message, Does.StartWith($"{region}: did you mean {nearest}?"));
        Assert.That(CloudEndpoints.RegionProblem(region), Does.StartWith($"{region}: did you mean {nearest}?"));
    }

    [TestCase("cn-hangzhou")]
    [TestCase("ap-northeast-2-pop")]
    [TestCase("me-central-1")]
    public void Known_and_well_shaped_regions_have_no_problem(string region) =>
        Assert.That(CloudEndpoints.RegionProblem(region), Is.Null);

    [Test]
    public void The_endpoint_maps_are_the_contracts_maps()
    {
        using var contract = ContractFile.Load();
        var endpoints = contract.RootElement.GetProperty("endpoints");
        foreach (var (product, map) in new[] { ("live", CloudEndpoints.LiveMap), ("ice", CloudEndpoints.IceMap) })
        {
            var expected = endpoints.GetProperty(product).GetProperty("endpointMap").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.GetString());
            Assert.That(map, Is.EquivalentTo(expected), product);
        }
    }

    [TestCase("https://id:hunter2@live.example.com")]
    [TestCase("id:hunter2@live.example.com")]
    [TestCase("http://id:hunter2@10.0.0.1:8080")]
    [TestCase("ftp://id:hunter2@127.0.0.1")]
    public void An_endpoints_password_is_never_echoed(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => CloudEndpoints.Parse(value, "liveEndpoint"));

        Assert.That(ex!.Message, Does.Not.Contain("hunter2").And.Not.Contain("id:"));
        Assert.That(ex.Message, Does.Contain("***@"));
    }

    [TestCase("http://127.0.0.1:43125", "http://127.0.0.1:43125/")]
    [TestCase("http://127.8.9.10:1", "http://127.8.9.10:1/")]
    [TestCase("http://localhost:8080/", "http://localhost:8080/")]
    [TestCase("http://[::1]:9000", "http://[::1]:9000/")]
    [TestCase("live-vpc.cn-shanghai.aliyuncs.com", "https://live-vpc.cn-shanghai.aliyuncs.com/")]
    [TestCase("private.example.com:8443", "https://private.example.com:8443/")]
    [TestCase("https://live.example.com", "https://live.example.com/")]
    public void Accepted_overrides(string value, string expected) =>
        Assert.That(CloudEndpoints.Parse(value, "liveEndpoint").ToString(), Is.EqualTo(expected));

    [TestCase("http://live.aliyuncs.com", "non-loopback")]
    [TestCase("http://10.0.0.1:8080", "non-loopback")]
    [TestCase("http://128.0.0.1", "non-loopback")]
    [TestCase("ftp://127.0.0.1", "must use https")]
    [TestCase("https://live.example.com/path", "no path")]
    [TestCase("https://", "not a host")]
    public void Rejected_overrides_name_the_setting(string value, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => CloudEndpoints.Parse(value, "iceEndpoint"));

        Assert.That(ex!.Message, Does.StartWith("iceEndpoint").And.Contain(reason));
        Assert.That(ex.ParamName, Is.EqualTo("iceEndpoint"));
    }

    [Test]
    public void Client_rejects_a_plain_HTTP_cloud_endpoint()
    {
        var options = new CloudClientOptions { LiveEndpoint = "http://live.aliyuncs.com" };

        var ex = Assert.Throws<ArgumentException>(() => new AlibabaCloudClient(new AccessKeyCredentials("id", "s", null), options));

        Assert.That(ex!.ParamName, Is.EqualTo("liveEndpoint"));
    }
}
