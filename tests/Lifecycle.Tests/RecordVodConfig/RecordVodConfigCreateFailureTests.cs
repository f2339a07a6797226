using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;
using static AlicloudLive.Lifecycle.Tests.RecordVodConfig.RecordVodConfigs;

namespace AlicloudLive.Lifecycle.Tests.RecordVodConfig;

/// <summary>Creates that meet an existing config, a lost response or a failed read-back: nothing duplicated or orphaned.</summary>
public sealed class RecordVodConfigCreateFailureTests : LifecycleFixture
{
    [Test]
    public async Task A_config_that_already_exists_fails_the_create_with_the_import_command()
    {
        await Engine.CreateAsync(TypeToken, "first", Stream());

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateAsync(TypeToken, "second", Stream().With("cycleDuration", 600)));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.AlreadyExists));
        Assert.That(error.Message, Does.Contain("a record-to-VOD config for live.example.com/app/s1 already exists (ConfigAlreadyExists)")
            .And.Contain("`pulumi import alicloud-live:live:RecordVodConfig second live.example.com/app/s1`"));
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((int?)cloud["CycleDuration"], Is.EqualTo(3600), "the existing config is untouched");
    }

    [Test]
    public async Task An_existing_whole_app_config_is_named_with_its_trailing_slash_id()
    {
        await AddOutOfBandAsync(Emulator, "");

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateAsync(TypeToken, "app", WholeApp()));
        Assert.That(error!.Message, Does.Contain("for live.example.com/app (the whole app) already exists")
            .And.Contain("`pulumi import alicloud-live:live:RecordVodConfig app live.example.com/app/`"));
    }

    [Test]
    public async Task A_lost_add_response_whose_add_was_applied_adopts_the_config()
    {
        await Emulator.InjectFaultAsync("AddLiveRecordVodConfig", "commitThenDrop");
        var config = await Engine.CreateAsync(TypeToken, "lost", Stream());

        Assert.That(config.Id, Is.EqualTo("live.example.com/app/s1"));
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Has.Count.EqualTo(1));
        Assert.That((int?)(await Emulator.CallsAsync())["AddLiveRecordVodConfig"]!["calls"], Is.EqualTo(1), "no second Add");
        Assert.That(LogsFor(config.Urn).Single().Message, Does.Contain("response to AddLiveRecordVodConfig was lost").And.Contain("found config live.example.com/app/s1"));
    }

    [Test]
    public async Task A_lost_add_response_whose_add_was_not_applied_adds_again()
    {
        await Emulator.InjectFaultAsync("AddLiveRecordVodConfig", "drop");
        var config = await Engine.CreateAsync(TypeToken, "dropped", Stream());

        Assert.That(config.Output("createTime"), Is.Not.Null);
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Has.Count.EqualTo(1));
        Assert.That((int?)(await Emulator.CallsAsync())["AddLiveRecordVodConfig"]!["calls"], Is.EqualTo(2));
    }

    [Test]
    public async Task A_lost_add_response_with_a_different_config_at_the_key_fails_without_adopting_it()
    {
        await AddOutOfBandAsync(Emulator, "s1", cycleDuration: 600);
        await Emulator.InjectFaultAsync("AddLiveRecordVodConfig", "error", code: "InternalError", httpStatus: 500);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateAsync(TypeToken, "other", Stream()));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unknown), "the outcome of the Add is unknown");
        Assert.That(error.Message, Does.Contain("the response to AddLiveRecordVodConfig was lost (InternalError)")
            .And.Contain("differs from this resource's inputs in").And.Contain("cycleDuration")
            .And.Contain("`pulumi import alicloud-live:live:RecordVodConfig other live.example.com/app/s1`"));
        var cloud = (await CloudObjectsAsync("recordVodConfigs")).Single()!;
        Assert.That((int?)cloud["CycleDuration"], Is.EqualTo(600), "the other config is untouched");
    }

    [Test]
    public async Task A_failed_read_back_after_the_add_is_a_partial_failure_that_records_the_id()
    {
        await Emulator.InjectFaultAsync("DescribeLiveRecordVodConfigs", "error", code: "InvalidParameter", httpStatus: 400);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateAsync(TypeToken, "half", WholeApp()));
        var details = error!.Details().Single().Unpack<ErrorResourceInitFailed>();
        Assert.That(details.Id, Is.EqualTo("live.example.com/app/"), "the engine records the config, so it is not orphaned");
        Assert.That(details.Reasons.Single(), Does.Contain("was added, but reading it back failed"));
        Assert.That(await CloudObjectsAsync("recordVodConfigs"), Has.Count.EqualTo(1));
    }
}
