using System.Net;
using AlicloudLive.Cloud.Tests.Fakes;
using AlicloudLive.Resources.Provider;

namespace AlicloudLive.Plugin.Tests;

public sealed class DoctorTests
{
    private const string Secret = "doctor-Secret-Value";
    private const string Token = "doctor-Sts-Token";

    private static readonly string NoHome = Path.Combine(Path.GetTempPath(), "no-such-home-" + Guid.NewGuid().ToString("N"));

    private static Dictionary<string, string> Env(bool withToken = false)
    {
        var env = new Dictionary<string, string>
        {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAI5tDoctorKey9876",
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = Secret,
            ["ALICLOUD_LIVE_ENDPOINT"] = "http://127.0.0.1:7001",
            ["ALICLOUD_ICE_ENDPOINT"] = "http://127.0.0.1:7002",
        };
        if (withToken)
        {
            env["ALIBABA_CLOUD_SECURITY_TOKEN"] = Token;
        }

        return env;
    }

    private static Task<int> RunDoctorAsync(
        string[] args, Dictionary<string, string> env, string home, StringWriter output, FakeHttpHandler handler, string? folder = null) =>
        Doctor.RunAsync(args, new ProviderEnvironment(env, home, TimeProvider.System, handler), output, folder);

    [Test]
    public async Task All_checks_OK_exits_zero_and_shows_what_is_in_effect()
    {
        var handler = new FakeHttpHandler()
            .RespondOk("""{"RequestId":"r1","RetCode":0,"Total":0,"TaskList":[]}""")
            .RespondOk("""{"RequestId":"r2","TotalCount":0,"JobList":[]}""");
        var output = new StringWriter();

        var exit = await RunDoctorAsync([], Env(withToken: true), NoHome, output, handler);

        var text = output.ToString();
        Assert.That(exit, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        Assert.That(text, Does.Contain("LTAI****9876").And.Contain("with STS token"));
        Assert.That(text, Does.Contain("region: cn-shanghai"));
        Assert.That(text, Does.Contain("live endpoint: http://127.0.0.1:7001/ (override: ALICLOUD_LIVE_ENDPOINT)"));
        Assert.That(text, Does.Contain("ice endpoint: http://127.0.0.1:7002/ (override: ALICLOUD_ICE_ENDPOINT)"));
        Assert.That(text, Does.Contain("live: DescribeLivePullToPushList (live centre cn-shanghai) OK").And.Contain("ice: ListLiveTranscodeJobs OK"));
        Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain(Token).And.Not.Contain("LTAI5tDoctorKey9876"));

        var (live, ice) = (handler.Requests[0], handler.Requests[1]);
        Assert.That(live.Uri.Port, Is.EqualTo(7001));
        Assert.That(live.Query, Is.EquivalentTo(new Dictionary<string, string> { ["Region"] = "cn-shanghai", ["PageSize"] = "1" }));
        Assert.That(ice.Uri.Port, Is.EqualTo(7002));
        Assert.That(ice.Headers["x-acs-action"], Is.EqualTo("ListLiveTranscodeJobs"));
        Assert.That(ice.Query, Is.EquivalentTo(new Dictionary<string, string> { ["PageSize"] = "1" }));
    }

    [Test]
    public async Task A_failed_check_shows_code_and_RequestId_and_exits_one()
    {
        var handler = new FakeHttpHandler()
            .RespondOk("""{"RequestId":"r1","RetCode":0,"TaskList":[]}""")
            .Respond(HttpStatusCode.Forbidden, """{"RequestId":"REQ-403","Code":"Forbidden.RAM","Message":"not authorized"}""");
        var output = new StringWriter();

        var exit = await RunDoctorAsync([], Env(), NoHome, output, handler);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain("ice: ListLiveTranscodeJobs FAILED: Forbidden.RAM").And.Contain("REQ-403"));
        Assert.That(output.ToString(), Does.Not.Contain(Secret));
    }

    [Test]
    public async Task Flags_override_the_environment()
    {
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        var env = Env();
        env["ALICLOUD_REGION"] = "cn-shanghai";
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--region", "cn-beijing", "--live-endpoint=http://localhost:7003", "--ice-endpoint", "127.0.0.1:7004"],
            env, NoHome, output, handler);

        Assert.That(exit, Is.EqualTo(0), output.ToString());
        Assert.That(output.ToString(), Does.Contain("region: cn-beijing").And.Contain("https://127.0.0.1:7004/"));
        Assert.That(handler.Requests[0].Uri.Authority, Is.EqualTo("localhost:7003"));
        Assert.That(handler.Requests[0].Query["Region"], Is.EqualTo("cn-beijing"));
    }

    [Test]
    public async Task Profile_flag_selects_a_profile_and_its_region()
    {
        var home = Path.Combine(Path.GetTempPath(), "doctor-home-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(home, ".aliyun"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(home, ".aliyun", "config.json"),
                $$"""{"current":"a","profiles":[{"name":"a","mode":"AK","access_key_id":"LTAIaaaa1111","access_key_secret":"x"},{"name":"b","mode":"AK","access_key_id":"LTAIbbbbb2222","access_key_secret":"{{Secret}}","region_id":"ap-southeast-1"}]}""");
            var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
            var output = new StringWriter();
            var env = new Dictionary<string, string> { ["ALICLOUD_LIVE_ENDPOINT"] = "http://127.0.0.1:1", ["ALICLOUD_ICE_ENDPOINT"] = "http://127.0.0.1:2" };

            var exit = await RunDoctorAsync(["--profile", "b"], env, home, output, handler);

            Assert.That(exit, Is.EqualTo(0), output.ToString());
            Assert.That(output.ToString(), Does.Contain("profile 'b'").And.Contain("LTAI****2222").And.Contain("region: ap-southeast-1"));
            Assert.That(output.ToString(), Does.Not.Contain(Secret));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public async Task No_credentials_exits_two_naming_the_variables()
    {
        var output = new StringWriter();

        var exit = await RunDoctorAsync([], new Dictionary<string, string>(), NoHome, output, new FakeHttpHandler());

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output.ToString(), Does.Contain("ALIBABA_CLOUD_ACCESS_KEY_ID").And.Contain("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    }

    [Test]
    public async Task Plain_HTTP_to_a_remote_host_is_refused()
    {
        var output = new StringWriter();
        var handler = new FakeHttpHandler();

        var exit = await RunDoctorAsync(["--live-endpoint", "http://live.aliyuncs.com"], Env(), NoHome, output, handler);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain("liveEndpoint"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Unknown_argument_is_reported()
    {
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--bogus"], Env(), NoHome, output, new FakeHttpHandler());

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output.ToString(), Does.Contain("--bogus"));
    }

    [Test]
    public async Task Each_endpoint_says_why_it_was_chosen()
    {
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        var env = Env();
        env.Remove("ALICLOUD_LIVE_ENDPOINT");
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--region", "cn-hangzhou", "--ice-endpoint", "http://127.0.0.1:7004"], env, NoHome, output, handler);

        var text = output.ToString();
        Assert.That(exit, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain("live endpoint: https://live.aliyuncs.com/ (map: the live SDK's endpoint map sends cn-hangzhou to live.aliyuncs.com)"));
        Assert.That(text, Does.Contain("ice endpoint: http://127.0.0.1:7004/ (override: --ice-endpoint)"));
        Assert.That(handler.Requests[0].Uri.Host, Is.EqualTo("live.aliyuncs.com"));
    }

    /// <summary>A valid region that is not a live centre is probed through the nearest live centre (docs/cloud-apis.md, "Pull-to-push tasks").</summary>
    [TestCase("cn-hangzhou", "cn-shanghai")]
    [TestCase("eu-central-1", "ap-southeast-1")]
    [TestCase("cn-shenzhen", "cn-shenzhen")]
    [TestCase("cn-qingdao", "cn-beijing")]
    public async Task The_live_probe_asks_the_nearest_live_centre_so_a_valid_region_is_not_reported_as_a_failure(string region, string centre)
    {
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--region", region], Env(), NoHome, output, handler);

        Assert.That(exit, Is.EqualTo(0), output.ToString());
        Assert.That(handler.Requests[0].Query["Region"], Is.EqualTo(centre));
        Assert.That(output.ToString(), Does.Contain($"live: DescribeLivePullToPushList (live centre {centre}) OK"));
    }

    [Test]
    public async Task A_misspelt_region_names_the_nearest_one_and_calls_nothing()
    {
        var handler = new FakeHttpHandler();
        var env = Env();
        env.Remove("ALICLOUD_LIVE_ENDPOINT");
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--region", "cn-shangai"], env, NoHome, output, handler);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain("cn-shangai: did you mean cn-shanghai?"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task An_endpoint_password_is_never_printed()
    {
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--live-endpoint", "https://id:hunter2@live.example.com/x"], Env(), NoHome, output, new FakeHttpHandler());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain("liveEndpoint").And.Not.Contain("hunter2"));
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public async Task Help_prints_every_flag_and_exits_zero(string flag)
    {
        var output = new StringWriter();

        var exit = await RunDoctorAsync(["--region", "cn-beijing", flag], Env(), NoHome, output, new FakeHttpHandler());

        Assert.That(exit, Is.EqualTo(0));
        foreach (var documented in new[] { "--live-endpoint", "--ice-endpoint", "--region", "--profile", "--stack", "--help" })
        {
            Assert.That(output.ToString(), Does.Contain(documented));
        }
    }

    [Test]
    public async Task Stack_flag_checks_the_stacks_config_and_names_the_variable_for_each_secure_value()
    {
        var folder = Directory.CreateTempSubdirectory("doctor-stack").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "Pulumi.dev.yaml"), """
                config:
                  alicloud-live:region: cn-beijing
                  alicloud-live:liveEndpoint: http://127.0.0.1:7101
                  alicloud-live:iceEndpoint: "http://127.0.0.1:7102"
                  alicloud-live:accessKey: LTAI5tStackKey4321
                  alicloud-live:secretKey:
                    secure: AAABAHWZvOjB8mNVOWnT6wvlKhc=
                  other:thing: x
                """);
            await File.WriteAllTextAsync(Path.Combine(folder, "Pulumi.prod.yaml"), "config:\n  alicloud-live:region: eu-central-1\n");
            var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
            var env = new Dictionary<string, string> { ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = Secret, ["ALICLOUD_REGION"] = "cn-shanghai" };
            var output = new StringWriter();

            var exit = await RunDoctorAsync(["--stack", "org/proj/dev"], env, NoHome, output, handler, folder);

            var text = output.ToString();
            Assert.That(exit, Is.EqualTo(0), text);
            Assert.That(text, Does.Contain("stack: Pulumi.dev.yaml"));
            Assert.That(text, Does.Contain("alicloud-live:secretKey is a secure value").And.Contain("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
            Assert.That(text, Does.Contain("region: cn-beijing"), "the stack's region wins over ALICLOUD_REGION, as in `pulumi up`");
            Assert.That(text, Does.Contain("LTAI****4321").And.Contain("provider configuration"));
            Assert.That(text, Does.Contain("live endpoint: http://127.0.0.1:7101/ (override: alicloud-live:liveEndpoint in Pulumi.dev.yaml)"));
            Assert.That(handler.Requests[0].Uri.Port, Is.EqualTo(7101));
            Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain("AAABAHWZ"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_secure_setting_is_read_from_the_variable_the_provider_falls_back_to_and_a_flag_beats_the_stack()
    {
        var folder = Directory.CreateTempSubdirectory("doctor-stack").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "Pulumi.dev.yaml"), """
                config:
                  alicloud-live:region:
                    secure: AAABAKx9c2VjdXJlLXJlZ2lvbg==
                  alicloud-live:liveEndpoint: http://127.0.0.1:7201
                """);
            var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}""");
            var env = Env();
            env["ALICLOUD_REGION"] = "ap-southeast-1";
            var output = new StringWriter();

            var exit = await RunDoctorAsync(["--live-endpoint", "http://127.0.0.1:7202"], env, NoHome, output, handler, folder);

            var text = output.ToString();
            Assert.That(exit, Is.EqualTo(0), text);
            Assert.That(text, Does.Contain("alicloud-live:region is a secure value").And.Contain("set ALICLOUD_REGION for this check"));
            Assert.That(text, Does.Contain("region: ap-southeast-1"));
            Assert.That(text, Does.Contain("live endpoint: http://127.0.0.1:7202/ (override: --live-endpoint)"));
            Assert.That(handler.Requests[0].Uri.Port, Is.EqualTo(7202));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Without_a_flag_the_folders_only_stack_file_is_used_and_a_missing_stack_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("doctor-stack").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "Pulumi.yaml"), "name: p\nruntime: yaml\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "Pulumi.only.yaml"), "config:\n  alicloud-live:region: ap-southeast-1\n");
            var output = new StringWriter();

            var exit = await RunDoctorAsync([], Env(), NoHome, output, new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0}"""), folder);
            var missing = new StringWriter();
            var missingExit = await RunDoctorAsync(["--stack", "nope"], Env(), NoHome, missing, new FakeHttpHandler(), folder);

            Assert.That(exit, Is.EqualTo(0), output.ToString());
            Assert.That(output.ToString(), Does.Contain("stack: Pulumi.only.yaml").And.Contain("region: ap-southeast-1"));
            Assert.That(missingExit, Is.EqualTo(2));
            Assert.That(missing.ToString(), Does.Contain("Pulumi.nope.yaml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
