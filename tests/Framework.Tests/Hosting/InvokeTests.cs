using AlicloudLive.Framework.Tests.Fakes;
using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>The Invoke RPC over real gRPC: argument checks, the lookup's body, secrets and errors.</summary>
public class InvokeTests
{
    private static readonly PropertyMap SmallCams = V.Map(("kind", V.S("Small")), ("namePrefix", V.S("cam")));

    [Test]
    public async Task Invoke_runs_the_lookup_and_echoes_its_inputs_with_defaults_applied()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(SmallCams);

        Assert.That(response.Failures, Is.Empty);
        var result = StructCodec.Decode(response.Return);
        Assert.That(result["ids"], Is.EqualTo(V.Arr(V.S("w-1"), V.S("w-2"))), "only Small widgets named cam*, in the cloud's order");
        Assert.That(result["names"], Is.EqualTo(V.Arr(V.S("cam-1"), V.S("cam-2"))));
        Assert.That(result.GetString("kind"), Is.EqualTo("Small"));
        Assert.That(result.GetString("namePrefix"), Is.EqualTo("cam"));
        Assert.That(result["limit"], Is.EqualTo(V.N(5)), "the default is applied and echoed");
        Assert.That(h.Cloud.Reads, Is.EqualTo(1));
    }

    [Test]
    public async Task A_declared_secret_output_is_returned_secret_and_nothing_else_is()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(SmallCams);

        Assert.That(Wire.IsSecretObject(response.Return, "readToken"), Is.True);
        Assert.That(StructCodec.Decode(response.Return)["readToken"], Is.EqualTo(V.Secret("rt-w-1-w-2")));
        Assert.That(response.Return.Fields.Keys.Where(k => Wire.IsSecretObject(response.Return, k)), Is.EqualTo(new[] { "readToken" }));
    }

    [Test]
    public async Task A_secret_argument_reaches_the_cloud_revealed_and_makes_the_whole_result_secret()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(SmallCams.Set("namePrefix", V.Secret("cam")));

        Assert.That(response.Failures, Is.Empty);
        Assert.That(response.Return.Fields.Keys, Is.EquivalentTo(new[] { "ids", "names", "readToken", "kind", "namePrefix", "limit" }));
        Assert.That(response.Return.Fields.Keys.Where(k => !Wire.IsSecretObject(response.Return, k)), Is.Empty, "results chosen by a secret may contain it");
        Assert.That(SecretValues.Reveal(StructCodec.Decode(response.Return)["ids"]), Is.EqualTo(V.Arr(V.S("w-1"), V.S("w-2"))));
    }

    [Test]
    public async Task Bad_arguments_come_back_as_failures_naming_property_and_rule_before_any_cloud_call()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(V.Map(("namePrefix", V.S("")), ("limit", V.N(11)), ("color", V.S("red"))));

        Assert.That(response.Failures.Select(f => (f.Property, f.Reason)), Is.EquivalentTo(new[]
        {
            ("kind", "is required"),
            ("namePrefix", "must not be empty"),
            ("limit", "must be between 1 and 10"),
            ("color", "is not a property of test:index:getWidgets; known properties: kind, namePrefix, limit"),
        }));
        Assert.That(response.Return, Is.Null);
        Assert.That(h.Cloud.Reads, Is.Zero);
    }

    [Test]
    public async Task An_unknown_argument_is_a_failure_not_a_lookup()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(SmallCams.Set("namePrefix", V.Unknown));

        Assert.That(response.Failures.Select(f => f.Property), Is.EqualTo(new[] { "namePrefix" }));
        Assert.That(response.Failures[0].Reason, Does.StartWith("must be known"));
        Assert.That(h.Cloud.Reads, Is.Zero);
    }

    [Test]
    public async Task A_preview_runs_the_read_only_lookup_and_returns_real_results()
    {
        await using var h = await StartWithWidgetsAsync();

        var response = await h.InvokeAsync(SmallCams, preview: true);

        Assert.That(StructCodec.Decode(response.Return)["ids"], Is.EqualTo(V.Arr(V.S("w-1"), V.S("w-2"))));
        Assert.That(h.Cloud.Reads, Is.EqualTo(1));
    }

    [Test]
    public async Task Without_Configure_valid_arguments_fail_with_failed_precondition_and_bad_ones_still_get_failures()
    {
        await using var h = await ProviderHarness.StartAsync(configure: false);

        var error = Assert.ThrowsAsync<RpcException>(() => h.InvokeAsync(SmallCams))!;
        var invalid = await h.InvokeAsync(V.Map());

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("not configured"));
        Assert.That(invalid.Failures.Select(f => f.Property), Is.EqualTo(new[] { "kind" }));
    }

    [Test]
    public async Task An_unknown_token_is_invalid_argument_listing_the_functions()
    {
        await using var h = await StartWithWidgetsAsync();

        var error = Assert.ThrowsAsync<RpcException>(() => h.InvokeAsync(SmallCams, token: "test:index:getGadgets"))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Is.EqualTo("unknown function 'test:index:getGadgets'; this provider has test:index:getWidgets"));
    }

    [Test]
    public async Task A_failing_lookup_names_the_function_and_cuts_a_secret_argument_out_of_the_message()
    {
        await using var h = await StartWithWidgetsAsync();

        var plain = Assert.ThrowsAsync<RpcException>(() => h.InvokeAsync(SmallCams.Set("namePrefix", V.S("reject-me"))))!;
        var secret = Assert.ThrowsAsync<RpcException>(() => h.InvokeAsync(SmallCams.Set("namePrefix", V.Secret("reject-" + Widgets.Password))))!;

        Assert.That(plain.Message, Is.EqualTo("invoke of test:index:getWidgets failed: the widget cloud rejected the prefix 'reject-me'"));
        Assert.That(secret.Message, Is.EqualTo("invoke of test:index:getWidgets failed: the widget cloud rejected the prefix '[secret]'"));
        Assert.That(secret.Message, Does.Not.Contain(Widgets.Password));
    }

    [Test]
    public async Task A_provider_error_from_a_lookup_keeps_its_status_and_is_prefixed_with_the_function()
    {
        await using var h = await StartWithWidgetsAsync();

        var error = Assert.ThrowsAsync<RpcException>(() => h.InvokeAsync(SmallCams.Set("namePrefix", V.S("gone"))))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(error.Message, Is.EqualTo("invoke of test:index:getWidgets failed: the widget shelf 'gone' does not exist"));
    }

    private static async Task<ProviderHarness> StartWithWidgetsAsync()
    {
        var h = await ProviderHarness.StartAsync();
        foreach (var (name, kind) in new[] { ("cam-1", "Small"), ("cam-2", "Small"), ("other", "Small"), ("cam-3", "Large") })
        {
            h.Cloud.Put(V.Map(("name", V.S(name)), ("kind", V.S(kind))), "Running", ManualClock.Start);
        }

        return h;
    }
}
