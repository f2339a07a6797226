using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Resources.Provider;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;

namespace AlicloudLive.Framework.Tests.ProviderConfiguration;

/// <summary>Region: config → ALICLOUD_REGION → profile → cn-shanghai. Endpoints: config → environment; http only to loopback.</summary>
public class RegionAndEndpointTests
{
    private static readonly PropertyMap Keys = ConfigFixture.Config(("accessKey", "CFGKEYID000001"), ("secretKey", "cfg-secret-value"));
    private ConfigFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ConfigFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public void Region_defaults_to_cn_shanghai()
    {
        Assert.That(Region(Keys), Is.EqualTo("cn-shanghai"));
    }

    [Test]
    public void Region_comes_from_config_then_ALICLOUD_REGION_then_the_profile()
    {
        _f.WriteProfiles("p", ConfigFixture.Profile("p", "PROFILEKEYID01", "s", region: "ap-southeast-5"));
        var profileOnly = Region(ConfigFixture.Config());
        _f.Variables["ALICLOUD_REGION"] = "ap-southeast-1";
        var environment = Region(ConfigFixture.Config());
        var config = Region(ConfigFixture.Config(("region", "cn-beijing")));

        Assert.That(profileOnly, Is.EqualTo("ap-southeast-5"));
        Assert.That(environment, Is.EqualTo("ap-southeast-1"));
        Assert.That(config, Is.EqualTo("cn-beijing"));
    }

    [Test]
    public void Default_endpoints_follow_the_region()
    {
        using var client = _f.Configure(Keys.Set("region", PropertyValue.From("cn-hangzhou")));

        Assert.That(client.LiveEndpoint, Is.EqualTo(new Uri("https://live.aliyuncs.com/")), "the SDK's endpoint map");
        Assert.That(client.IceEndpoint, Is.EqualTo(new Uri("https://ice.aliyuncs.com/")));
    }

    [Test]
    public void A_misspelt_region_fails_Configure_naming_the_nearest_known_region()
    {
        _f.Variables["ALICLOUD_REGION"] = "cn-shangai";

        var error = Assert.Throws<ProviderException>(() => _f.Configure(Keys));

        Assert.That(error!.Code, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.StartWith("alicloud-live:region: cn-shangai: did you mean cn-shanghai?"));
    }

    [Test]
    public void A_misspelt_region_fails_CheckConfig_naming_the_nearest_known_region()
    {
        var provider = new AlicloudLiveProvider(new ProviderEnvironment(_f.Variables, _f.Home, TimeProvider.System, _f.Network));

        var failures = ConfigValues.Normalize(provider.Config, Keys.Set("region", PropertyValue.From("cn-shangai")), "alicloud-live", rejectUnknownKeys: true).Failures;
        var fine = ConfigValues.Normalize(provider.Config, Keys.Set("region", PropertyValue.From("me-central-1")), "alicloud-live", rejectUnknownKeys: true).Failures;

        Assert.That(failures.Select(f => f.Reason), Has.Exactly(1).StartWith("cn-shangai: did you mean cn-shanghai?"));
        Assert.That(fine, Is.Empty);
    }

    [Test]
    public void An_endpoint_password_is_not_echoed_by_Configure()
    {
        var error = Assert.Throws<ProviderException>(() => _f.Configure(Keys.Set("liveEndpoint", PropertyValue.From("https://id:hunter2@live.example.com"))));

        Assert.That(error!.Message, Does.Contain("alicloud-live:liveEndpoint").And.Not.Contain("hunter2"));
        Assert.That(error.ToString(), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Endpoints_come_from_config_before_the_environment()
    {
        _f.Variables["ALICLOUD_LIVE_ENDPOINT"] = "http://127.0.0.1:40001";
        _f.Variables["ALICLOUD_ICE_ENDPOINT"] = "http://localhost:40002";

        using var fromEnvironment = _f.Configure(Keys);
        using var fromConfig = _f.Configure(Keys.Set("liveEndpoint", PropertyValue.From("live.example.com")).Set("iceEndpoint", PropertyValue.From("http://127.0.0.1:40003")));

        Assert.That(fromEnvironment.LiveEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:40001/")));
        Assert.That(fromEnvironment.IceEndpoint, Is.EqualTo(new Uri("http://localhost:40002/")));
        Assert.That(fromConfig.LiveEndpoint, Is.EqualTo(new Uri("https://live.example.com/")), "a bare host means https");
        Assert.That(fromConfig.IceEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:40003/")));
        Assert.That(fromConfig.Options.LiveEndpoint, Is.EqualTo("live.example.com"));
    }

    [TestCase("liveEndpoint", null)]
    [TestCase("iceEndpoint", "ALICLOUD_ICE_ENDPOINT")]
    public void Http_to_a_non_loopback_host_is_rejected_naming_the_setting(string setting, string? variable)
    {
        var config = Keys;
        if (variable is null)
        {
            config = config.Set(setting, PropertyValue.From("http://live.example.com"));
        }
        else
        {
            _f.Variables[variable] = "http://10.0.0.8:8080";
        }

        var error = Assert.Throws<ProviderException>(() => _f.Configure(config));

        Assert.That(error!.Code, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("alicloud-live:" + setting).And.Contain("non-loopback"));
        Assert.That(error.ToString(), Does.Not.Contain("cfg-secret-value"));
    }

    [Test]
    public void Retries_and_timeout_reach_the_client_options()
    {
        using var client = _f.Configure(Keys.Set("maxRetries", PropertyValue.From(2)).Set("requestTimeoutSeconds", PropertyValue.From(15)));
        using var defaults = _f.Configure(Keys);

        Assert.That(client.Options.MaxRetries, Is.EqualTo(2));
        Assert.That(client.Options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(15)));
        Assert.That(defaults.Options.MaxRetries, Is.EqualTo(5));
        Assert.That(defaults.Options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [TestCase(null, true)]
    [TestCase("on", true)]
    [TestCase("off", false)]
    [TestCase("OFF", false)]
    public void ALICLOUD_LIVE_CLIENT_RATE_LIMIT_off_switches_the_client_rate_limiter_off_for_benchmarks(string? value, bool limited)
    {
        if (value is not null)
        {
            _f.Variables["ALICLOUD_LIVE_CLIENT_RATE_LIMIT"] = value;
        }

        using var client = _f.Configure(Keys);

        Assert.That(client.Options.ClientRateLimit, Is.EqualTo(limited));
    }

    [Test]
    public void Any_other_ALICLOUD_LIVE_CLIENT_RATE_LIMIT_value_is_rejected_naming_the_variable()
    {
        _f.Variables["ALICLOUD_LIVE_CLIENT_RATE_LIMIT"] = "false";

        var error = Assert.Throws<ProviderException>(() => _f.Configure(Keys));

        Assert.That(error!.Code, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("ALICLOUD_LIVE_CLIENT_RATE_LIMIT").And.Contain("on or off"));
    }

    [Test]
    public void The_resolved_client_never_shows_the_secret()
    {
        using var client = _f.Configure(Keys.Set("securityToken", PropertyValue.From("sts-token-value")));

        Assert.That(client.Options.ToString(), Does.Not.Contain("cfg-secret-value").And.Not.Contain("sts-token-value"));
        Assert.That(client.ToString(), Does.Not.Contain("cfg-secret-value"));
    }

    private string Region(PropertyMap config)
    {
        using var client = _f.Configure(config);
        return client.Options.Region;
    }
}
