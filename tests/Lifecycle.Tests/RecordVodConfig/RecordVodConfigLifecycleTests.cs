using AlicloudLive.Cloud.Live;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.RecordVodConfig.RecordVodConfigs;

namespace AlicloudLive.Lifecycle.Tests.RecordVodConfig;

/// <summary>alicloud-live:live:RecordVodConfig through the plugin's gRPC interface: create, refresh, update, import, destroy.</summary>
public sealed class RecordVodConfigLifecycleTests : LifecycleFixture
{
    [Test]
    public async Task Preview_create_refresh_and_destroy_of_a_whole_app_config()
    {
        var calls = await CloudCallCountAsync();
        var preview = await Engine.PreviewCreateAsync(TypeToken, "rec", WholeApp());
        Assert.That(preview["createTime"], Is.InstanceOf<UnknownValue>(), "the cloud decides the creation time");
        Assert.That(preview.GetNumber("cycleDuration"), Is.EqualTo(3600), "the default the cloud would fill");
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls), "a preview makes no cloud call");

        var config = await Engine.CreateAsync(TypeToken, "rec", WholeApp());
        Assert.That(config.Id, Is.EqualTo("live.example.com/app/"), "an empty stream name ends the id with '/'");
        Assert.That(config.Output("createTime"), Is.Not.Null);
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((string?)cloud["StreamName"], Is.EqualTo(""));
        Assert.That((string?)cloud["AutoCompose"], Is.EqualTo("OFF"), "autoCompose false is sent as OFF");

        var refreshed = (await Engine.RefreshAsync(config))!;
        Assert.That(refreshed.Inputs, Is.EqualTo(config.Inputs), "the declared defaults match what the cloud fills");
        Assert.That(refreshed.Outputs, Is.EqualTo(config.Outputs));
        var diff = await Engine.DiffAsync(refreshed, await Engine.CheckAsync(TypeToken, "rec", WholeApp(), refreshed.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));

        await Engine.DeleteAsync(refreshed);
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Is.Empty);
    }

    [Test]
    public async Task Lists_travel_flattened_and_read_back_as_they_were_written()
    {
        var config = await Engine.CreateAsync(TypeToken, "lists", Stream());

        Assert.That(config.Id, Is.EqualTo("live.example.com/app/s1"));
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((string?)cloud["TranscodeTemplates"], Is.EqualTo("tpl-a,tpl-b"), "TranscodeTemplates.1 and .2, in order");
        var formats = cloud["RecordFormatList"]!["RecordFormat"]!.AsArray();
        Assert.That(formats.Select(f => ((string?)f!["Format"], (int?)f["SliceDuration"])), Is.EqualTo(new[] { ("m3u8", (int?)10), ("mp4", 30) }));
        Assert.That((string?)formats[1]!["ProcessMethod"], Is.EqualTo("none"), "RecordFormat.2.ProcessMethod");
        Assert.That((string?)cloud["StorageLocation"], Is.EqualTo("bucket-a"));
        Assert.That(config.Outputs.GetArray("recordFormats"), Is.EqualTo(config.Inputs.GetArray("recordFormats")));
        Assert.That(config.Outputs.GetArray("transcodeTemplates"), Is.EqualTo(config.Inputs.GetArray("transcodeTemplates")));
    }

    [Test]
    public async Task Refresh_shows_an_out_of_band_change_and_the_next_up_undoes_it_in_place()
    {
        var config = await Engine.CreateAsync(TypeToken, "drift", Stream());
        using (var client = OutOfBand(Emulator))
        {
            await client.Live.UpdateLiveRecordVodConfigAsync(new UpdateLiveRecordVodConfigRequest("live.example.com", "app", "vod-group-compose")
            {
                StreamName = "s1",
                CycleDuration = 7200,
                RecordFormats = [new RecordFormat("flv") { SliceDuration = 5 }],
            });
        }

        var refreshed = (await Engine.RefreshAsync(config))!;
        Assert.That(refreshed.Outputs.GetNumber("cycleDuration"), Is.EqualTo(7200));
        Assert.That(refreshed.Inputs.GetString("vodTranscodeGroupId"), Is.EqualTo("vod-group-compose"), "refresh takes the cloud's values into the inputs");
        Assert.That(refreshed.Inputs.GetArray("recordFormats")!.Count, Is.EqualTo(1));

        var (diff, _) = await Engine.PreviewUpdateAsync(refreshed, Stream());
        Assert.That(diff.Diffs, Is.EquivalentTo(new[] { "cycleDuration", "vodTranscodeGroupId", "recordFormats" }));
        Assert.That(diff.Replaces, Is.Empty, "the drift is undone in place");

        var outcome = await Engine.UpdateAsync(refreshed, Stream());
        Assert.That(outcome.Replaced, Is.False);
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((int?)cloud["CycleDuration"], Is.EqualTo(3600));
        Assert.That((string?)cloud["VodTranscodeGroupId"], Is.EqualTo("vod-group-default"));
        Assert.That(cloud["RecordFormatList"]!["RecordFormat"]!.AsArray().Count, Is.EqualTo(2));
    }

    [Test]
    public async Task Every_updatable_setting_changes_in_place_under_the_same_id()
    {
        var config = await Engine.CreateAsync(TypeToken, "upd", Stream());
        var news = Json.Map("""
            {"vodTranscodeGroupId": "vod-group-compose", "cycleDuration": 7200, "autoCompose": true,
             "composeVodTranscodeGroupId": "vod-group-compose", "onDemand": 1, "delayTime": 120,
             "transcodeTemplates": ["tpl-c"], "recordFormats": [{"format": "flv", "sliceDuration": 5}]}
            """).Aggregate(Stream(), (map, kv) => map.Set(kv.Key, kv.Value));

        var (diff, predicted) = await Engine.PreviewUpdateAsync(config, news);
        Assert.That(diff.Replaces, Is.Empty);
        Assert.That(diff.Diffs, Has.Count.EqualTo(8));
        Assert.That(predicted!.GetNumber("delayTime"), Is.EqualTo(120));

        var outcome = await Engine.UpdateAsync(config, news);
        Assert.That(outcome.Replaced, Is.False);
        Assert.That(outcome.State.Id, Is.EqualTo(config.Id));
        Assert.That(outcome.State.Output("createTime"), Is.EqualTo(config.Output("createTime")), "the same config, not a new one");
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((string?)cloud["AutoCompose"], Is.EqualTo("ON"));
        Assert.That((string?)cloud["ComposeVodTranscodeGroupId"], Is.EqualTo("vod-group-compose"));
        Assert.That((int?)cloud["OnDemand"], Is.EqualTo(1));
        Assert.That((int?)cloud["DelayTime"], Is.EqualTo(120));
        Assert.That((string?)cloud["TranscodeTemplates"], Is.EqualTo("tpl-c"));
        Assert.That((string?)cloud["RecordFormatList"]!["RecordFormat"]![0]!["Format"], Is.EqualTo("flv"));
        Assert.That(LogsFor(config.Urn), Is.Empty, "nothing is replaced, so nothing is explained");
    }

    [Test]
    public async Task A_new_stream_name_is_a_new_key_created_before_the_old_config_is_deleted()
    {
        var config = await Engine.CreateAsync(TypeToken, "key", Stream());
        var outcome = await Engine.UpdateAsync(config, Stream("s2"));

        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { "streamName" }));
        Assert.That(outcome.Diff.DeleteBeforeReplace, Is.False, "the new key does not collide with the old one");
        Assert.That(outcome.State.Id, Is.EqualTo("live.example.com/app/s2"));
        var info = LogsFor(config.Urn).Single();
        Assert.That(info.Severity, Is.EqualTo(LogSeverity.Info), "the decision follows from the inputs alone");
        Assert.That(info.Message, Does.StartWith("streamName cannot change: the domain, app and stream names are the config's key").And.EndWith("the config will be replaced"));
        var streams = (await CloudObjectsAsync("recordVodConfigs")).Select(c => (string?)c!["StreamName"]);
        Assert.That(streams, Is.EqualTo(new[] { "s2" }));
    }

    [TestCase("recordContent", "RecordContent", "raw")]
    [TestCase("storageLocation", "StorageLocation", "bucket-b")]
    [TestCase("spaceId", "SpaceId", "space-b")]
    public async Task An_add_only_setting_replaces_the_config_under_the_same_key_deleting_first(string property, string field, string expected)
    {
        var config = await Engine.CreateAsync(TypeToken, "same", Stream());
        var outcome = await Engine.UpdateAsync(config, Stream().With(property, expected));

        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { property }));
        Assert.That(outcome.Diff.DeleteBeforeReplace, Is.True, "a second config with the same key would be refused");
        Assert.That(outcome.State.Id, Is.EqualTo(config.Id));
        Assert.That(LogsFor(config.Urn).Single().Message, Does.StartWith($"{property} cannot change: only AddLiveRecordVodConfig sets it"));
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((string?)cloud[field], Is.EqualTo(expected));
    }

    [TestCase("delayTime", "DelayTime")]
    [TestCase("composeVodTranscodeGroupId", "ComposeVodTranscodeGroupId")]
    public async Task Removing_an_optional_setting_replaces_the_config_because_update_cannot_clear_it(string property, string field)
    {
        var program = Stream().With("autoCompose", true).With("composeVodTranscodeGroupId", "vod-group-compose");
        var config = await Engine.CreateAsync(TypeToken, "clear", program);
        // The group goes with autoCompose (both or neither), so clearing it also turns autoCompose off.
        var news = property == "composeVodTranscodeGroupId" ? program.With("autoCompose", false) : program;
        var outcome = await Engine.UpdateAsync(config, news.Remove(property));

        Assert.That(outcome.Diff.Replaces, Is.EqualTo(new[] { property }));
        Assert.That(outcome.Diff.DetailedDiff[property].Kind, Is.EqualTo(PropertyDiff.Types.Kind.DeleteReplace));
        Assert.That(outcome.Diff.DeleteBeforeReplace, Is.True);
        var explanation = LogsFor(config.Urn).Single();
        Assert.That(explanation.Message, Does.StartWith($"{property} cannot change to unset: UpdateLiveRecordVodConfig keeps a setting it is not sent"));
        Assert.That(explanation.Severity, Is.EqualTo(LogSeverity.Info), "the decision follows from the inputs alone");
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!.AsObject();
        Assert.That(cloud.ContainsKey(field), Is.False, "the new config does not have it");
    }

    [TestCase("live.example.com/app", "live.example.com/app/")]
    [TestCase("live.example.com/app/", "live.example.com/app/")]
    public async Task Import_of_a_whole_app_config_accepts_the_id_with_or_without_its_trailing_slash(string importId, string id)
    {
        await Engine.CreateAsync(TypeToken, "original", WholeApp());
        var imported = await Engine.ImportAsync(TypeToken, "imported", importId);

        Assert.That(imported.Id, Is.EqualTo(id));
        Assert.That(imported.Inputs.GetString("streamName"), Is.EqualTo(""));
        var diff = await Engine.DiffAsync(imported, await Engine.CheckAsync(TypeToken, "imported", WholeApp(), imported.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone), "the program that made the config matches the import");
    }

    [Test]
    public async Task Import_of_a_stream_config_takes_every_setting()
    {
        await Engine.CreateAsync(TypeToken, "original", Stream());
        var imported = await Engine.ImportAsync(TypeToken, "imported", "live.example.com/app/s1");

        Assert.That(imported.Inputs.GetString("storageLocation"), Is.EqualTo("bucket-a"));
        Assert.That(imported.Inputs.GetArray("recordFormats"), Has.Count.EqualTo(2));
        var diff = await Engine.DiffAsync(imported, await Engine.CheckAsync(TypeToken, "imported", Stream(), imported.Inputs));
        Assert.That(diff.Changes, Is.EqualTo(DiffResponse.Types.DiffChanges.DiffNone));
    }

    [Test]
    public async Task Import_finds_a_whole_app_config_on_the_second_page_of_configs()
    {
        for (var i = 0; i < 100; i++)
        {
            await AddOutOfBandAsync(Emulator, $"s{i:D3}");
        }

        await AddOutOfBandAsync(Emulator, "", cycleDuration: 900);
        var imported = await Engine.ImportAsync(TypeToken, "paged", "live.example.com/app");

        Assert.That(imported.Inputs.GetNumber("cycleDuration"), Is.EqualTo(900), "the whole-app config, not a stream's");
        var describes = (int?)(await Emulator.CallsAsync())["DescribeLiveRecordVodConfigs"]!["calls"];
        Assert.That(describes, Is.EqualTo(2), "the first page (100 configs) does not hold it");
    }

    [Test]
    public async Task Refresh_and_delete_of_a_config_deleted_outside_pulumi_treat_it_as_gone()
    {
        var config = await Engine.CreateAsync(TypeToken, "gone", WholeApp());
        await Engine.DeleteAsync(config);

        Assert.That(await Engine.RefreshAsync(config), Is.Null);
        Assert.DoesNotThrowAsync(() => Engine.DeleteAsync(config), "delete is idempotent");
    }

    [TestCase("live.example.com")]
    [TestCase("live.example.com/app/s1/extra")]
    [TestCase("/app/s1")]
    public void Import_of_a_malformed_id_says_what_an_id_looks_like(string id)
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Engine.ImportAsync(TypeToken, "bad", id));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("expected <domainName>/<appName>/<streamName>"));
    }
}
