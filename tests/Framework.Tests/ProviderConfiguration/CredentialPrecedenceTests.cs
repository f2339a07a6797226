using AlicloudLive.Framework.Definitions;
using AlicloudLive.Rpc;
using Grpc.Core;

namespace AlicloudLive.Framework.Tests.ProviderConfiguration;

/// <summary>docs/design.md, "Provider configuration": explicit config → environment (ALIBABA_CLOUD_* before ALICLOUD_*) → profile file.</summary>
public class CredentialPrecedenceTests
{
    private ConfigFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ConfigFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public async Task Explicit_config_beats_environment_which_beats_the_profile_file()
    {
        _f.WriteProfiles("default", ConfigFixture.Profile("default", "PROFILEKEYID01", "profile-secret"));
        _f.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "ENVKEYID000001";
        _f.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret";
        var explicitConfig = ConfigFixture.Config(("accessKey", "CFGKEYID000001"), ("secretKey", "cfg-secret"));

        var fromConfig = await _f.SigningIdentityAsync(explicitConfig);
        var fromEnvironment = await _f.SigningIdentityAsync(ConfigFixture.Config());
        _f.Variables.Clear();
        var fromProfile = await _f.SigningIdentityAsync(ConfigFixture.Config());

        Assert.That(fromConfig.KeyId, Is.EqualTo("CFGKEYID000001"));
        Assert.That(fromEnvironment.KeyId, Is.EqualTo("ENVKEYID000001"));
        Assert.That(fromProfile.KeyId, Is.EqualTo("PROFILEKEYID01"));
    }

    [Test]
    public async Task ALIBABA_CLOUD_variables_beat_the_older_ALICLOUD_ones()
    {
        _f.Variables["ALICLOUD_ACCESS_KEY"] = "LEGACYKEYID001";
        _f.Variables["ALICLOUD_SECRET_KEY"] = "legacy-secret";
        _f.Variables["ALICLOUD_SECURITY_TOKEN"] = "legacy-token";

        var legacyOnly = await _f.SigningIdentityAsync(ConfigFixture.Config());
        _f.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "ENVKEYID000001";
        _f.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret";
        var both = await _f.SigningIdentityAsync(ConfigFixture.Config());

        Assert.That(legacyOnly, Is.EqualTo(("LEGACYKEYID001", (string?)"legacy-token")));
        Assert.That(both, Is.EqualTo(("ENVKEYID000001", (string?)null)), "the token belongs to the legacy pair");
    }

    [Test]
    public async Task A_security_token_in_config_is_sent_with_the_pair()
    {
        var identity = await _f.SigningIdentityAsync(
            ConfigFixture.Config(("accessKey", "CFGKEYID000001"), ("secretKey", "cfg-secret"), ("securityToken", "sts-token-1")));

        Assert.That(identity, Is.EqualTo(("CFGKEYID000001", (string?)"sts-token-1")));
    }

    [Test]
    public async Task The_profile_is_chosen_by_config_then_environment_then_the_files_current()
    {
        _f.WriteProfiles(
            "first",
            ConfigFixture.Profile("first", "FIRSTKEYID0001", "s1"),
            ConfigFixture.Profile("second", "SECONDKEYID001", "s2"),
            ConfigFixture.Profile("third", "THIRDKEYID0001", "s3", mode: "StsToken", token: "third-token"));

        var current = await _f.SigningIdentityAsync(ConfigFixture.Config());
        _f.Variables["ALICLOUD_PROFILE"] = "second";
        var legacyEnvironment = await _f.SigningIdentityAsync(ConfigFixture.Config());
        _f.Variables["ALIBABA_CLOUD_PROFILE"] = "third";
        var environment = await _f.SigningIdentityAsync(ConfigFixture.Config());
        var config = await _f.SigningIdentityAsync(ConfigFixture.Config(("profile", "first")));

        Assert.That(current.KeyId, Is.EqualTo("FIRSTKEYID0001"));
        Assert.That(legacyEnvironment.KeyId, Is.EqualTo("SECONDKEYID001"));
        Assert.That(environment, Is.EqualTo(("THIRDKEYID0001", (string?)"third-token")));
        Assert.That(config.KeyId, Is.EqualTo("FIRSTKEYID0001"));
    }

    [Test]
    public async Task SharedCredentialsFile_points_at_another_file_under_home()
    {
        _f.WriteProfiles("p", ConfigFixture.Profile("p", "MOVEDKEYID0001", "s"));
        File.Move(Path.Combine(_f.Home, ".aliyun", "config.json"), Path.Combine(_f.Home, "elsewhere.json"));

        var identity = await _f.SigningIdentityAsync(ConfigFixture.Config(("sharedCredentialsFile", "~/elsewhere.json")));

        Assert.That(identity.KeyId, Is.EqualTo("MOVEDKEYID0001"));
    }

    [Test]
    public void Nothing_found_is_missing_configuration_naming_both_keys_and_their_variables()
    {
        var error = Assert.Throws<MissingConfigurationException>(() => _f.Configure(ConfigFixture.Config()));

        Assert.That(error!.Keys.Select(k => k.Name), Is.EqualTo(new[] { "alicloud-live:accessKey", "alicloud-live:secretKey" }));
        Assert.That(error.Keys[0].Description, Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_ID").And.Contain("ALICLOUD_ACCESS_KEY"));
        Assert.That(error.Keys[1].Description, Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_SECRET").And.Contain("ALICLOUD_SECRET_KEY"));
    }

    [Test]
    public void A_RamRoleArn_profile_is_rejected_naming_the_mode_without_its_secret()
    {
        _f.WriteProfiles("role", ConfigFixture.Profile("role", "ROLEKEYID00001", "role-profile-secret", mode: "RamRoleArn"));

        var error = Assert.Throws<ProviderException>(() => _f.Configure(ConfigFixture.Config()));

        Assert.That(error!.Code, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("RamRoleArn").And.Not.Contain("role-profile-secret"));
        Assert.That(error.ToString(), Does.Not.Contain("role-profile-secret"));
    }

    [Test]
    public void Half_a_pair_is_rejected_without_showing_the_half_that_was_given()
    {
        var error = Assert.Throws<ProviderException>(() => _f.Configure(ConfigFixture.Config(("secretKey", "lonely-secret-value"))));

        Assert.That(error!.Code, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("alicloud-live:accessKey").And.Not.Contain("lonely-secret-value"));
        Assert.That(error.ToString(), Does.Not.Contain("lonely-secret-value"));
    }
}
