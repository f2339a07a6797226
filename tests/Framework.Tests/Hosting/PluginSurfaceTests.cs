using System.Text.Json.Nodes;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Framework.Tests.Fakes;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>Handshake, plugin info, schema and provider configuration over real gRPC.</summary>
public class PluginSurfaceTests
{
    [Test]
    public async Task Handshake_announces_secrets_resources_and_autonaming_but_not_outputs()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var response = await h.CallAsync("Handshake", new ProviderHandshakeRequest(), ProviderHandshakeResponse.Parser);

        Assert.That(response.AcceptSecrets, Is.True);
        Assert.That(response.AcceptResources, Is.True);
        Assert.That(response.SupportsAutonamingConfiguration, Is.True);
        Assert.That(response.AcceptOutputs, Is.False);
    }

    [Test]
    public async Task GetPluginInfo_and_GetSchema_describe_the_package()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var info = await h.CallAsync("GetPluginInfo", new Empty(), PluginInfo.Parser);
        var schema = await h.CallAsync("GetSchema", new GetSchemaRequest(), GetSchemaResponse.Parser);

        Assert.That(info.Version, Is.EqualTo(TestProvider.Version));
        Assert.That(schema.Schema, Is.EqualTo(SchemaBuilder.Build(new TestProvider())));
        Assert.That(JsonNode.Parse(schema.Schema)!["resources"]![WidgetResource.Type], Is.Not.Null);
    }

    [Test]
    public async Task CheckConfig_checks_declared_keys_and_leaves_the_engines_keys_alone()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);
        var news = StructCodec.Encode(V.Map(("retries", V.N(9)), ("endpoint", V.N(1)), ("version", V.S("1.0.0"))));

        var response = await h.CallAsync("CheckConfig", new CheckRequest { Urn = "urn:pulumi:dev::p::pulumi:providers:test::default", News = news }, CheckResponse.Parser);

        Assert.That(response.Failures.Select(f => (f.Property, f.Reason)), Is.EquivalentTo(new[]
        {
            ("retries", "must be between 0 and 5"),
            ("endpoint", "must be a string"),
        }));
        Assert.That(response.Inputs, Is.EqualTo(news));
    }

    [Test]
    public async Task DiffConfig_reports_changed_keys_and_never_replaces_the_provider()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);
        var olds = V.Map(("endpoint", V.S("https://a")), ("apiKey", V.S("k")));
        var news = V.Map(("endpoint", V.S("https://b")), ("apiKey", V.S("k")), ("retries", V.N(1)));

        var changed = await h.CallAsync("DiffConfig", new DiffRequest { Olds = StructCodec.Encode(olds), OldInputs = StructCodec.Encode(olds), News = StructCodec.Encode(news) }, DiffResponse.Parser);
        var same = await h.CallAsync("DiffConfig", new DiffRequest { Olds = StructCodec.Encode(olds), OldInputs = StructCodec.Encode(olds), News = StructCodec.Encode(olds) }, DiffResponse.Parser);

        Assert.That(changed.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffSome));
        Assert.That(changed.Diffs, Is.EqualTo(new[] { "endpoint", "retries" }));
        Assert.That(changed.Replaces, Is.Empty);
        Assert.That(changed.DetailedDiff["endpoint"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.Update));
        Assert.That(changed.DetailedDiff["retries"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.Add));
        Assert.That(same.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));
    }

    [Test]
    public async Task Configure_hands_the_definition_revealed_config_and_announces_preview_support()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var response = await h.ConfigureAsync(V.Map(("apiKey", V.Secret(ProviderHarness.ApiKey)), ("retries", V.N(2))));

        Assert.That(response.SupportsPreview && response.AcceptSecrets && response.AcceptResources, Is.True);
        Assert.That(h.Definition.LastConfig, Is.EqualTo(V.Map(("apiKey", V.S(ProviderHarness.ApiKey)), ("retries", V.N(2)))));
    }

    [Test]
    public async Task Configure_from_an_older_engines_variables_parses_non_strings()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);
        var request = new ConfigureRequest();
        request.Variables.Add("test:config:apiKey", "123");
        request.Variables.Add("test:config:retries", "3");

        await h.CallAsync("Configure", request, ConfigureResponse.Parser);

        Assert.That(h.Definition.LastConfig, Is.EqualTo(V.Map(("apiKey", V.S("123")), ("retries", V.N(3)))));
    }

    [Test]
    public async Task Configure_without_required_keys_fails_with_the_missing_keys_detail()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var error = Assert.ThrowsAsync<RpcException>(() => h.ConfigureAsync(V.Map(("endpoint", V.S("https://x")))));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("test:apiKey"));
        var details = error.Details().Single().Unpack<ConfigureErrorMissingKeys>();
        Assert.That(details.MissingKeys.Select(k => k.Name), Is.EqualTo(new[] { "test:apiKey" }));
        Assert.That(details.MissingKeys[0].Description, Does.Contain("TEST_WIDGET_API_KEY"));
    }

    [Test]
    public async Task Resource_operations_before_Configure_fail_as_a_precondition()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var error = Assert.ThrowsAsync<RpcException>(() => h.CreateAsync(Widgets.Inputs));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("not configured"));
    }

    [Test]
    public async Task Read_before_Configure_fails_as_a_precondition_and_never_answers_gone()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var error = Assert.ThrowsAsync<RpcException>(() => h.ReadAsync("w-1", Widgets.Inputs, Widgets.Inputs));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("not configured"));
    }

    [Test]
    public async Task An_unknown_resource_type_is_an_invalid_argument_naming_the_known_ones()
    {
        await using var h = await ProviderHarness.StartAsync();

        var error = Assert.ThrowsAsync<RpcException>(() => h.CallAsync(
            "Check", new CheckRequest { Urn = "urn:pulumi:dev::p::test:index:Gadget::g", News = new Struct() }, CheckResponse.Parser));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("test:index:Gadget").And.Contain(WidgetResource.Type));
    }
}
