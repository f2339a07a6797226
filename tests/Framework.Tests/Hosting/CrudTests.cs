using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>Check, Create, Read, Update and Delete over real gRPC against the fake widget cloud.</summary>
public class CrudTests
{
    [Test]
    public async Task Check_autonames_keeps_secrets_and_reports_failures_by_property()
    {
        await using var h = await ProviderHarness.StartAsync();

        var named = await h.CheckAsync(Widgets.Inputs.Remove("name"), autonaming: new CheckRequest.Types.AutonamingOptions { ProposedName = "w1-engine" });
        var failing = await h.CheckAsync(Widgets.Inputs.Set("kind", V.S("Huge")));

        Assert.That(named.Failures, Is.Empty);
        Assert.That(StructCodec.Decode(named.Inputs).GetString("name"), Is.EqualTo("w1-engine"));
        Assert.That(Wire.IsSecretObject(named.Inputs, "password"), Is.True);
        Assert.That(failing.Failures.Select(f => (f.Property, f.Reason)), Is.EqualTo(new[] { ("kind", "must be one of Small, Large") }));
    }

    [Test]
    public async Task Create_calls_the_cloud_once_and_returns_id_and_outputs_with_secrets_kept()
    {
        await using var h = await ProviderHarness.StartAsync();

        var response = await h.CreateAsync(Widgets.Inputs);

        Assert.That(h.Cloud.Creates, Is.EqualTo(1));
        var stored = h.Cloud.Find(response.Id)!;
        Assert.That(stored.Inputs["password"], Is.EqualTo(V.S(Widgets.Password)), "the cloud receives the revealed secret");
        var outputs = StructCodec.Decode(response.Properties);
        Assert.That(outputs.GetString("widgetId"), Is.EqualTo(response.Id));
        Assert.That(outputs.GetString("status"), Is.EqualTo("NotStarted"));
        Assert.That(Wire.IsSecretObject(response.Properties, "password"), Is.True);
        Assert.That(outputs["password"], Is.EqualTo(V.Secret(Widgets.Password)));
    }

    [Test]
    public async Task A_plain_input_given_as_secret_comes_back_secret()
    {
        await using var h = await ProviderHarness.StartAsync();

        var response = await h.CreateAsync(Widgets.Inputs.Set("slot", V.Secret("s-hidden")));

        Assert.That(Wire.IsSecretObject(response.Properties, "slot"), Is.True);
        Assert.That(Wire.IsSecretObject(response.Properties, "kind"), Is.False);
    }

    [Test]
    public async Task Create_preview_makes_no_cloud_call_and_leaves_computed_outputs_unknown()
    {
        await using var h = await ProviderHarness.StartAsync();

        var response = await h.CreateAsync(Widgets.Inputs, preview: true);

        Assert.That(h.Cloud.Creates, Is.Zero);
        Assert.That(response.Id, Is.Empty);
        Assert.That(new[] { "widgetId", "status", "createTime" }.Select(f => Wire.IsUnknown(response.Properties, f)), Is.All.True);
        Assert.That(StructCodec.Decode(response.Properties).GetString("kind"), Is.EqualTo("Small"));
        Assert.That(Wire.IsSecretObject(response.Properties, "password"), Is.True);
    }

    [Test]
    public async Task Update_preview_makes_no_cloud_call_and_lays_new_inputs_over_old_outputs()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        var olds = StructCodec.Decode(created.Properties);

        var response = await h.UpdateAsync(created.Id, olds, Widgets.Inputs, Widgets.Inputs.Set("size", V.N(4)).Remove("tags"), preview: true);

        Assert.That(h.Cloud.Updates + h.Cloud.Reads, Is.Zero);
        var predicted = StructCodec.Decode(response.Properties);
        Assert.That(predicted.GetNumber("size"), Is.EqualTo(4));
        Assert.That(predicted.ContainsKey("tags"), Is.False);
        Assert.That(predicted.GetString("widgetId"), Is.EqualTo(created.Id));
    }

    [Test]
    public async Task Diff_answers_none_update_or_replace_with_consistent_detail()
    {
        await using var h = await ProviderHarness.StartAsync();
        var olds = Widgets.OutputsOf(Widgets.Inputs, "NotStarted");

        var none = await h.DiffAsync("w-1", olds, Widgets.Inputs, Widgets.Inputs);
        var update = await h.DiffAsync("w-1", olds, Widgets.Inputs, Widgets.Inputs.Set("tags", V.Arr(V.S("a"), V.S("z"))));
        var replace = await h.DiffAsync("w-1", olds, Widgets.Inputs, Widgets.Inputs.Set("kind", V.S("Large")).Set("size", V.N(2)));

        Assert.That(none.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));
        Assert.That(none.Diffs, Is.Empty);
        Assert.That(update.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffSome));
        Assert.That(update.HasDetailedDiff, Is.True);
        Assert.That(update.Replaces, Is.Empty);
        Assert.That(update.DetailedDiff.Keys, Is.EqualTo(new[] { "tags[1]" }));
        Assert.That(update.DetailedDiff["tags[1]"], Is.EqualTo(new PropertyDiff { Kind = PropertyDiff.Types.Kind.Update, InputDiff = true }));
        Assert.That(replace.Replaces, Is.EqualTo(new[] { "kind" }));
        Assert.That(replace.Diffs, Is.EquivalentTo(new[] { "kind", "size" }));
        Assert.That(replace.DetailedDiff["kind"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.UpdateReplace));
        Assert.That(replace.DetailedDiff["size"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.Update));
        Assert.That(replace.DeleteBeforeReplace, Is.True, "the slot is kept, so the old widget must go first");
    }

    [Test]
    public async Task Diff_over_the_wire_honours_ignoreChanges_and_marks_replacing_adds()
    {
        await using var h = await ProviderHarness.StartAsync();
        var olds = Widgets.OutputsOf(Widgets.Inputs, "Running");
        var news = Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")), ("port", V.N(1935)))).Set("size", V.N(5));

        var response = await h.DiffAsync("w-1", olds, Widgets.Inputs, news, "size");

        Assert.That(response.Diffs, Is.EqualTo(new[] { "source" }));
        Assert.That(response.DetailedDiff.Keys, Is.EqualTo(new[] { "source.port" }));
        Assert.That(response.DetailedDiff["source.port"].Kind, Is.EqualTo(PropertyDiff.Types.Kind.AddReplace));
        Assert.That(response.DeleteBeforeReplace, Is.True);
    }

    [Test]
    public async Task Update_applies_the_change_through_the_cloud()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);

        var response = await h.UpdateAsync(created.Id, StructCodec.Decode(created.Properties), Widgets.Inputs, Widgets.Inputs.Set("size", V.N(3)));

        Assert.That(h.Cloud.Updates, Is.EqualTo(1));
        Assert.That(h.Cloud.Find(created.Id)!.Inputs.GetNumber("size"), Is.EqualTo(3));
        Assert.That(StructCodec.Decode(response.Properties).GetNumber("size"), Is.EqualTo(3));
        Assert.That(Wire.IsSecretObject(response.Properties, "password"), Is.True);
    }

    [Test]
    public async Task Update_refuses_when_the_state_changed_since_the_preview()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        var olds = StructCodec.Decode(created.Properties);
        var news = Widgets.Inputs.Set("source", V.Obj(("url", V.S("rtmp://live.example.com/app/other"))));
        var planned = await h.DiffAsync(created.Id, olds, Widgets.Inputs, news);
        h.Cloud.SetStatus(created.Id, "Running");

        var error = Assert.ThrowsAsync<RpcException>(() => h.UpdateAsync(created.Id, olds, Widgets.Inputs, news));

        Assert.That(planned.Replaces, Is.Empty, "the preview planned an in-place update");
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("run `pulumi up` again").And.Contain("status Running"));
        Assert.That(h.Cloud.Updates, Is.Zero);
    }

    [Test]
    public async Task Update_of_a_widget_that_vanished_fails_as_a_precondition()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        h.Cloud.Vanish(created.Id);

        var error = Assert.ThrowsAsync<RpcException>(() =>
            h.UpdateAsync(created.Id, StructCodec.Decode(created.Properties), Widgets.Inputs, Widgets.Inputs.Set("size", V.N(2))));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Message, Does.Contain("no longer exists"));
        Assert.That(h.Cloud.Updates, Is.Zero);
    }

    [Test]
    public async Task Read_refreshes_from_the_cloud_and_keeps_the_users_input_keys()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        h.Cloud.SetStatus(created.Id, "Running");

        var response = await h.ReadAsync(created.Id, StructCodec.Decode(created.Properties), Widgets.Inputs);

        Assert.That(response.Id, Is.EqualTo(created.Id));
        Assert.That(StructCodec.Decode(response.Properties).GetString("status"), Is.EqualTo("Running"));
        Assert.That(StructCodec.Decode(response.Inputs).Keys, Is.EquivalentTo(Widgets.Inputs.Keys));
        Assert.That(Wire.IsSecretObject(response.Inputs, "password"), Is.True);
    }

    [Test]
    public async Task Read_of_a_vanished_widget_returns_no_id_and_no_properties()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        h.Cloud.Vanish(created.Id);

        var response = await h.ReadAsync(created.Id, StructCodec.Decode(created.Properties), Widgets.Inputs);

        Assert.That(response.Id, Is.Empty);
        Assert.That(response.Properties?.Fields ?? [], Is.Empty);
    }

    [Test]
    public async Task Import_reads_by_id_alone_and_returns_inputs_with_declared_secrets_hidden()
    {
        await using var h = await ProviderHarness.StartAsync();
        var existing = h.Cloud.Put(Widgets.Inputs.Set("password", V.S(Widgets.Password)), "Running", ManualClock.Start);

        var response = await h.ReadAsync(existing.Id, PropertyMap.Empty, PropertyMap.Empty);

        var inputs = StructCodec.Decode(response.Inputs);
        Assert.That(response.Id, Is.EqualTo(existing.Id));
        Assert.That(inputs.Keys, Is.EquivalentTo(Widgets.Inputs.Keys), "every input, no outputs");
        Assert.That(inputs.GetString("kind"), Is.EqualTo("Small"));
        Assert.That(Wire.IsSecretObject(response.Inputs, "password"), Is.True);
        Assert.That(Wire.IsSecretObject(response.Properties, "password"), Is.True);
    }

    [Test]
    public async Task Delete_removes_the_widget_and_a_second_delete_succeeds()
    {
        await using var h = await ProviderHarness.StartAsync();
        var created = await h.CreateAsync(Widgets.Inputs);
        var olds = StructCodec.Decode(created.Properties);

        await h.DeleteAsync(created.Id, olds, Widgets.Inputs);
        await h.DeleteAsync(created.Id, olds, Widgets.Inputs);

        Assert.That(h.Cloud.Find(created.Id), Is.Null);
        Assert.That(h.Cloud.Deletes, Is.EqualTo(2));
    }

    [Test]
    public async Task A_partial_create_reports_the_id_outputs_and_reasons_so_nothing_is_orphaned()
    {
        await using var h = await ProviderHarness.StartAsync();
        h.Cloud.FailStartReason = "the widget was made but would not start";

        var error = Assert.ThrowsAsync<RpcException>(() => h.CreateAsync(Widgets.Inputs));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unknown));
        var details = error.Details().Single().Unpack<ErrorResourceInitFailed>();
        Assert.That(h.Cloud.Find(details.Id), Is.Not.Null, "the id is the widget that exists");
        Assert.That(details.Reasons, Is.EqualTo(new[] { "the widget was made but would not start" }));
        Assert.That(StructCodec.Decode(details.Properties).GetString("widgetId"), Is.EqualTo(details.Id));
        Assert.That(Wire.IsSecretObject(details.Properties, "password"), Is.True);
        Assert.That(error.Message, Does.Contain("would not start").And.Not.Contain(Widgets.Password));
    }
}
