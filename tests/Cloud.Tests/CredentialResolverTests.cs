namespace AlicloudLive.Cloud.Tests;

/// <summary>Precedence: explicit config → ALIBABA_CLOUD_* → ALICLOUD_* → profile file.</summary>
public sealed class CredentialResolverTests
{
    private string _home = null!;

    private static Dictionary<string, string> AlibabaEnv => new()
    {
        ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id",
        ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret",
    };

    private static Dictionary<string, string> LegacyEnv => new()
    {
        ["ALICLOUD_ACCESS_KEY"] = "legacy-id",
        ["ALICLOUD_SECRET_KEY"] = "legacy-secret",
        ["ALICLOUD_SECURITY_TOKEN"] = "legacy-token",
    };

    private string DefaultFile => Path.Combine(_home, ".aliyun", "config.json");

    [SetUp]
    public void SetUp()
    {
        _home = Path.Combine(Path.GetTempPath(), "cloud-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_home, ".aliyun"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_home, recursive: true);

    [Test]
    public void Explicit_config_wins()
    {
        WriteProfiles(DefaultFile, "default", Profile("default", "AK", "file-id", "file-secret"));
        var env = AlibabaEnv.Concat(LegacyEnv).ToDictionary();

        var resolution = Resolve(new CredentialSettings("cfg-id", "cfg-secret", "cfg-token", null, null), env);

        Assert.That(resolution.Credentials, Is.EqualTo(new AccessKeyCredentials("cfg-id", "cfg-secret", "cfg-token")));
        Assert.That(resolution.Source, Is.EqualTo("provider configuration"));
    }

    [Test]
    public void Alibaba_environment_beats_legacy_and_profile()
    {
        WriteProfiles(DefaultFile, "default", Profile("default", "AK", "file-id", "file-secret"));
        var env = AlibabaEnv.Concat(LegacyEnv).ToDictionary();

        var resolution = Resolve(CredentialSettings.None, env);

        Assert.That(resolution.Credentials, Is.EqualTo(new AccessKeyCredentials("env-id", "env-secret", null)));
        Assert.That(resolution.Source, Is.EqualTo("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    }

    [Test]
    public void Legacy_environment_with_token()
    {
        var resolution = Resolve(CredentialSettings.None, LegacyEnv);

        Assert.That(resolution.Credentials, Is.EqualTo(new AccessKeyCredentials("legacy-id", "legacy-secret", "legacy-token")));
        Assert.That(resolution.Source, Does.Contain("ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY"));
    }

    [Test]
    public void Current_profile_from_the_default_file()
    {
        WriteProfiles(DefaultFile, "dev",
            Profile("default", "AK", "default-id", "default-secret"),
            Profile("dev", "StsToken", "dev-id", "dev-secret", token: "dev-token", region: "cn-beijing"));

        var resolution = Resolve(CredentialSettings.None, []);

        Assert.That(resolution.Credentials, Is.EqualTo(new AccessKeyCredentials("dev-id", "dev-secret", "dev-token")));
        Assert.That(resolution.Source, Is.EqualTo($"profile 'dev' in {DefaultFile}"));
        Assert.That(resolution.ProfileRegion, Is.EqualTo("cn-beijing"));
    }

    [TestCase("explicit", "from-config")]
    [TestCase("ALIBABA_CLOUD_PROFILE", "from-alibaba-env")]
    [TestCase("ALICLOUD_PROFILE", "from-legacy-env")]
    [TestCase("current", "from-current")]
    public void Profile_name_precedence(string highestSource, string expectedProfile)
    {
        WriteProfiles(DefaultFile, "from-current",
            Profile("from-config", "AK", "config-id", "s"),
            Profile("from-alibaba-env", "AK", "alibaba-id", "s"),
            Profile("from-legacy-env", "AK", "legacy-id", "s"),
            Profile("from-current", "AK", "current-id", "s"));
        var env = new Dictionary<string, string>();
        string? explicitProfile = null;
        var order = new[] { "explicit", "ALIBABA_CLOUD_PROFILE", "ALICLOUD_PROFILE", "current" };
        foreach (var source in order.SkipWhile(s => s != highestSource))
        {
            switch (source)
            {
                case "explicit": explicitProfile = "from-config"; break;
                case "ALIBABA_CLOUD_PROFILE": env[source] = "from-alibaba-env"; break;
                case "ALICLOUD_PROFILE": env[source] = "from-legacy-env"; break;
            }
        }

        var resolution = Resolve(CredentialSettings.None with { Profile = explicitProfile }, env);

        Assert.That(resolution.Source, Does.StartWith($"profile '{expectedProfile}'"));
    }

    [Test]
    public void File_precedence_explicit_then_environment_then_home()
    {
        var explicitFile = Path.Combine(_home, "explicit.json");
        var envFile = Path.Combine(_home, "env.json");
        WriteProfiles(explicitFile, "p", Profile("p", "AK", "explicit-file-id", "s"));
        WriteProfiles(envFile, "p", Profile("p", "AK", "env-file-id", "s"));
        WriteProfiles(DefaultFile, "p", Profile("p", "AK", "home-file-id", "s"));
        var env = new Dictionary<string, string> { ["ALIBABA_CLOUD_CONFIG_FILE"] = envFile };

        Assert.That(Resolve(CredentialSettings.None with { SharedCredentialsFile = explicitFile }, env).Credentials!.AccessKeyId, Is.EqualTo("explicit-file-id"));
        Assert.That(Resolve(CredentialSettings.None, env).Credentials!.AccessKeyId, Is.EqualTo("env-file-id"));
        Assert.That(Resolve(CredentialSettings.None, []).Credentials!.AccessKeyId, Is.EqualTo("home-file-id"));
        Assert.That(Resolve(CredentialSettings.None with { SharedCredentialsFile = "~/env.json" }, []).Credentials!.AccessKeyId, Is.EqualTo("env-file-id"));
    }

    [TestCase("RamRoleArn")]
    [TestCase("EcsRamRole")]
    [TestCase("ChainableRamRoleArn")]
    public void Unsupported_mode_is_rejected_naming_mode_and_profile(string mode)
    {
        WriteProfiles(DefaultFile, "ops", Profile("ops", mode, "id", "very-secret-value"));

        var ex = Assert.Throws<CredentialException>(() => Resolve(CredentialSettings.None, []));

        Assert.That(ex!.Message, Does.Contain($"'{mode}'").And.Contain("'ops'").And.Contain("AK or StsToken"));
        Assert.That(ex.Message, Does.Not.Contain("very-secret-value"));
    }

    [Test]
    public void Missing_named_profile_is_an_error_naming_it()
    {
        WriteProfiles(DefaultFile, "default", Profile("default", "AK", "id", "s"));

        var ex = Assert.Throws<CredentialException>(() => Resolve(CredentialSettings.None with { Profile = "nope" }, []));

        Assert.That(ex!.Message, Does.Contain("'nope'").And.Contain(DefaultFile));
    }

    [Test]
    public void Named_profile_without_a_file_is_an_error()
    {
        var ex = Assert.Throws<CredentialException>(() =>
            Resolve(CredentialSettings.None, new Dictionary<string, string> { ["ALIBABA_CLOUD_PROFILE"] = "dev" }));

        Assert.That(ex!.Message, Does.Contain("'dev'"));
    }

    [Test]
    public void STS_profile_without_token_names_the_missing_field()
    {
        WriteProfiles(DefaultFile, "sts", Profile("sts", "StsToken", "id", "s"));

        var ex = Assert.Throws<CredentialException>(() => Resolve(CredentialSettings.None, []));

        Assert.That(ex!.Message, Does.Contain("sts_token"));
    }

    [Test]
    public void Nothing_anywhere_means_no_credentials()
    {
        File.Delete(DefaultFile);

        var resolution = Resolve(CredentialSettings.None, []);

        Assert.That(resolution.Credentials, Is.Null);
    }

    [TestCase("cfg-id", null, "alicloud-live:secretKey")]
    [TestCase(null, "cfg-secret", "alicloud-live:accessKey")]
    public void Half_an_explicit_pair_names_what_is_missing(string? key, string? secret, string missing)
    {
        var ex = Assert.Throws<CredentialException>(() => Resolve(new CredentialSettings(key, secret, null, null, null), AlibabaEnv));

        Assert.That(ex!.Message, Does.Contain(missing + " is missing"));
        Assert.That(ex.Message, Does.Not.Contain("cfg-secret"));
    }

    [Test]
    public void Half_an_environment_pair_names_what_is_missing()
    {
        var ex = Assert.Throws<CredentialException>(() =>
            Resolve(CredentialSettings.None, new Dictionary<string, string> { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id" }));

        Assert.That(ex!.Message, Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_SECRET is missing"));
    }

    [Test]
    public void Credentials_ToString_hides_secret_and_token()
    {
        var credentials = new AccessKeyCredentials("LTAI5tABCDEFGH1234", "the-secret", "the-token");
        var settings = new CredentialSettings("LTAI5tABCDEFGH1234", "the-secret", "the-token", null, null);

        foreach (var text in new[] { credentials.ToString(), settings.ToString(), new CredentialResolution(credentials, "x", null).ToString() })
        {
            Assert.That(text, Does.Not.Contain("the-secret").And.Not.Contain("the-token").And.Not.Contain("LTAI5tABCDEFGH1234"));
        }

        Assert.That(credentials.MaskedAccessKeyId, Is.EqualTo("LTAI****1234"));
    }

    private static string Profile(string name, string mode, string id, string secret, string? token = null, string? region = null) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["name"] = name,
            ["mode"] = mode,
            ["access_key_id"] = id,
            ["access_key_secret"] = secret,
            ["sts_token"] = token,
            ["region_id"] = region,
        });

    private static void WriteProfiles(string path, string current, params string[] profiles) =>
        File.WriteAllText(path, $$"""{"current": "{{current}}", "profiles": [{{string.Join(",", profiles)}}]}""");

    private CredentialResolution Resolve(CredentialSettings settings, Dictionary<string, string> env) =>
        CredentialResolver.Resolve(settings, env, _home);
}
