using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.ProviderConfig;

/// <summary>
/// Provider configuration as the engine sends it to the built plugin: `pulumi config set` makes every stack value a
/// string (target.go), an SDK-made Provider JSON-encodes every non-string input (`[Input(..., json: true)]`), and a
/// Provider whose credentials come from the environment sends them as secret-wrapped nulls.
/// </summary>
public sealed class ProviderConfigTests
{
    private const string Urn = "urn:pulumi:dev::p::pulumi:providers:alicloud-live::default";
    private static readonly PropertyValue Secret = new SecretValue(PropertyValue.From("key-id-secret-4471"));

    private PluginSession _plugin = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _plugin = await PluginSession.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _plugin.DisposeAsync();

    /// <summary>Typed (a direct gRPC client), plain string (`pulumi config set`), JSON text of a JSON string.</summary>
    private static IEnumerable<TestCaseData> ThreeWays()
    {
        yield return new TestCaseData(PropertyValue.From(3), PropertyValue.From(90), PropertyValue.From(3)).SetArgDisplayNames("typed");
        yield return new TestCaseData(PropertyValue.From("3"), PropertyValue.From("90"), PropertyValue.From(3)).SetArgDisplayNames("plain string");
        yield return new TestCaseData(PropertyValue.From("\"3\""), PropertyValue.From(" 90 "), PropertyValue.From(3)).SetArgDisplayNames("JSON string");
    }

    [TestCaseSource(nameof(ThreeWays))]
    public async Task CheckConfig_accepts_numbers_sent_any_way_and_returns_them_typed(PropertyValue retries, PropertyValue timeout, PropertyValue expected)
    {
        var response = await _plugin.CheckConfigAsync(PropertyMap.Of(("maxRetries", retries), ("requestTimeoutSeconds", timeout), ("region", PropertyValue.From("cn-beijing"))));

        Assert.That(response.Failures, Is.Empty, string.Join("; ", response.Failures));
        var inputs = StructCodec.Decode(response.Inputs);
        Assert.That(inputs["maxRetries"], Is.EqualTo(expected));
        Assert.That(inputs["requestTimeoutSeconds"], Is.EqualTo(PropertyValue.From(90)));
        Assert.That(inputs["region"], Is.EqualTo(PropertyValue.From("cn-beijing")), "a string key stays as given");
    }

    [TestCaseSource(nameof(ThreeWays))]
    public async Task Configure_accepts_numbers_sent_any_way_in_args_and_in_variables(PropertyValue retries, PropertyValue timeout, PropertyValue _)
    {
        var args = Credentials().Set("maxRetries", retries).Set("requestTimeoutSeconds", timeout);
        await _plugin.CallAsync("Configure", new ConfigureRequest { Args = StructCodec.Encode(args), AcceptSecrets = true }, ConfigureResponse.Parser);

        var variables = new ConfigureRequest { AcceptSecrets = true };
        variables.Variables.Add("alicloud-live:config:accessKey", "id");
        variables.Variables.Add("alicloud-live:config:secretKey", "secret");
        variables.Variables.Add("alicloud-live:config:liveEndpoint", "http://127.0.0.1:1");
        variables.Variables.Add("alicloud-live:config:iceEndpoint", "http://127.0.0.1:1");
        variables.Variables.Add("alicloud-live:config:maxRetries", retries is StringValue r ? r.Value : "3");
        variables.Variables.Add("alicloud-live:config:requestTimeoutSeconds", timeout is StringValue t ? t.Value : "90");
        await _plugin.CallAsync("Configure", variables, ConfigureResponse.Parser);
    }

    [Test]
    public async Task DiffConfig_sees_no_change_between_a_number_and_its_text()
    {
        var olds = Credentials().With("maxRetries", 3);
        var news = Credentials().With("maxRetries", "3");

        var diff = await _plugin.CallAsync("DiffConfig", new DiffRequest { Urn = Urn, Olds = StructCodec.Encode(olds), OldInputs = StructCodec.Encode(olds), News = StructCodec.Encode(news) }, DiffResponse.Parser);

        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), string.Join(", ", diff.Diffs));
    }

    [Test]
    public async Task Text_that_is_not_a_number_fails_CheckConfig_and_Configure_naming_the_key()
    {
        var check = await _plugin.CheckConfigAsync(PropertyMap.Of(("maxRetries", PropertyValue.From("abc"))));
        var failure = check.Failures.Single();
        Assert.That(failure.Property, Is.EqualTo("maxRetries"));
        Assert.That(failure.Reason, Does.Contain("whole number").And.Contain("\"abc\""));

        var args = Credentials().With("requestTimeoutSeconds", "abc");
        var error = Assert.ThrowsAsync<RpcException>(() => _plugin.CallAsync("Configure", new ConfigureRequest { Args = StructCodec.Encode(args), AcceptSecrets = true }, ConfigureResponse.Parser));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("alicloud-live:requestTimeoutSeconds").And.Contain("whole number"));
    }

    [Test]
    public async Task A_misspelt_key_fails_CheckConfig_naming_the_closest_known_key()
    {
        var response = await _plugin.CheckConfigAsync(PropertyMap.Of(("acessKey", PropertyValue.From("id")), ("version", PropertyValue.From("1.2.3"))));

        var failure = response.Failures.Single();
        Assert.That(failure.Property, Is.EqualTo("acessKey"));
        Assert.That(failure.Reason, Does.Contain("did you mean accessKey?"));
    }

    [Test]
    public async Task CheckConfig_returns_every_secret_key_as_a_secret_even_when_sent_plain()
    {
        var response = await _plugin.CheckConfigAsync(PropertyMap.Of(
            ("accessKey", PropertyValue.From("id-plain")),
            ("secretKey", PropertyValue.From("secret-plain")),
            ("securityToken", Secret),
            ("region", PropertyValue.From("cn-beijing"))));

        Assert.That(response.Failures, Is.Empty);
        var inputs = StructCodec.Decode(response.Inputs);
        Assert.That(inputs["accessKey"], Is.EqualTo(new SecretValue(PropertyValue.From("id-plain"))));
        Assert.That(inputs["secretKey"], Is.EqualTo(new SecretValue(PropertyValue.From("secret-plain"))));
        Assert.That(inputs["securityToken"], Is.EqualTo(Secret));
        Assert.That(inputs["region"], Is.EqualTo(PropertyValue.From("cn-beijing")));
    }

    [Test]
    public async Task Secret_wrapped_nulls_from_an_environment_credentialled_Provider_are_missing_not_wrong()
    {
        var nullSecret = new SecretValue(PropertyValue.Null);
        var config = PropertyMap.Of(("accessKey", nullSecret), ("secretKey", nullSecret), ("securityToken", nullSecret), ("maxRetries", PropertyValue.From("4")));

        var response = await _plugin.CheckConfigAsync(config);

        Assert.That(response.Failures, Is.Empty, string.Join("; ", response.Failures));
        var inputs = StructCodec.Decode(response.Inputs);
        Assert.That(inputs.ContainsKey("accessKey") || inputs.ContainsKey("secretKey") || inputs.ContainsKey("securityToken"), Is.False);
        Assert.That(inputs["maxRetries"], Is.EqualTo(PropertyValue.From(4)));
    }

    private static PropertyMap Credentials() => PropertyMap.Of(
        ("accessKey", new SecretValue(PropertyValue.From("id"))),
        ("secretKey", new SecretValue(PropertyValue.From("secret"))),
        ("liveEndpoint", PropertyValue.From("http://127.0.0.1:1")),
        ("iceEndpoint", PropertyValue.From("http://127.0.0.1:1")));
}
