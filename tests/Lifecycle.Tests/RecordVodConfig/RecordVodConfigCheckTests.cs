using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;
using static AlicloudLive.Lifecycle.Tests.RecordVodConfig.RecordVodConfigs;

namespace AlicloudLive.Lifecycle.Tests.RecordVodConfig;

/// <summary>Every rule of RecordVodConfig fails Check naming the property and the rule, before any cloud call.</summary>
public sealed class RecordVodConfigCheckTests : LifecycleFixture
{
    [TestCase("""{"domainName": null}""", "domainName", "is required")]
    [TestCase("""{"vodTranscodeGroupId": null}""", "vodTranscodeGroupId", "is required")]
    [TestCase("""{"appName": "a/b"}""", "appName", "must not contain '/'")]
    [TestCase("""{"streamName": "s/1"}""", "streamName", "must not contain '/'")]
    [TestCase("""{"cycleDuration": 299}""", "cycleDuration", "must be between 300 and 21600")]
    [TestCase("""{"cycleDuration": 21601}""", "cycleDuration", "must be between 300 and 21600")]
    [TestCase("""{"cycleDuration": 600.5}""", "cycleDuration", "must be a whole number")]
    [TestCase("""{"onDemand": 3}""", "onDemand", "must be one of 0, 1, 2")]
    [TestCase("""{"onDemand": -1}""", "onDemand", "must be one of 0, 1, 2")]
    [TestCase("""{"composeVodTranscodeGroupId": "group-compose"}""", "composeVodTranscodeGroupId", "is set only together with autoCompose true")]
    [TestCase("""{"delayTime": 1e12}""", "delayTime", "must be a whole number from -2147483648 to 2147483647")]
    [TestCase("""{"recordFormats": [{"format": "flv", "sliceDuration": 1e308}]}""", "recordFormats[0].sliceDuration", "must be a whole number from -2147483648 to 2147483647")]
    [TestCase("""{"appName": "app\u0000"}""", "appName", "must not contain control characters (U+0000 at position 3)")]
    [TestCase("""{"autoCompose": "ON"}""", "autoCompose", "must be true or false")]
    [TestCase("""{"autoCompose": true}""", "composeVodTranscodeGroupId", "is required when autoCompose is true")]
    [TestCase("""{"transcodeTemplates": []}""", "transcodeTemplates", "must have at least one item")]
    [TestCase("""{"transcodeTemplates": ["tpl-a", ""]}""", "transcodeTemplates", "must not contain empty strings")]
    [TestCase("""{"recordFormats": []}""", "recordFormats", "must have at least one item")]
    [TestCase("""{"recordFormats": [{"sliceDuration": 10}]}""", "recordFormats[0].format", "is required")]
    [TestCase("""{"recordFormats": [{"format": "flv"}, {"format": 5}]}""", "recordFormats[1].format", "must be a string")]
    [TestCase("""{"recordFormats": [{"format": "flv", "codec": "h264"}]}""", "recordFormats[0].codec", "is not a property of alicloud-live:live:RecordVodConfigRecordFormat")]
    [TestCase("""{"storageLocation": ""}""", "storageLocation", "must not be empty")]
    [TestCase("""{"colour": "red"}""", "colour", "is not a property of alicloud-live:live:RecordVodConfig")]
    public async Task Check_names_the_property_and_the_rule_without_calling_the_cloud(string overrides, string property, string reason)
    {
        var inputs = WholeApp();
        foreach (var (key, value) in Json.Map(overrides))
        {
            inputs = value is NullValue ? inputs.Remove(key) : inputs.Set(key, value);
        }

        var calls = await CloudCallCountAsync();
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(TypeToken, "bad", inputs));
        Assert.That(failure!.Reports(property, reason), Is.True, failure.Message);
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls));
    }

    [Test]
    public async Task Values_the_record_to_vod_apis_do_not_restrict_pass_check_and_reach_the_cloud()
    {
        var inputs = WholeApp()
            .With("onDemand", 1)
            .With("delayTime", 5)
            .With("recordContent", "transcode")
            .Set("recordFormats", Json.Map("""{"f": [{"format": "avi", "sliceDuration": 60}, {"format": "avi"}]}""")["f"]);

        var config = await Engine.CreateAsync(TypeToken, "open", inputs);

        Assert.That(config.Outputs.GetNumber("delayTime"), Is.EqualTo(5));
        Assert.That(config.Outputs.GetString("recordContent"), Is.EqualTo("transcode"));
        await Engine.DeleteAsync(config);
    }

    [Test]
    public async Task Check_fills_the_defaults_the_cloud_would_fill()
    {
        var inputs = await Engine.CheckAsync(TypeToken, "defaults", WholeApp());

        Assert.That(inputs.GetString("streamName"), Is.EqualTo(""));
        Assert.That(inputs.GetNumber("cycleDuration"), Is.EqualTo(3600));
        Assert.That(inputs.GetBool("autoCompose"), Is.False);
        Assert.That(inputs.GetNumber("onDemand"), Is.Zero);
        Assert.That(inputs.ContainsKey("recordContent"), Is.False, "no page documents a default: none is invented");
    }

    [Test]
    public void The_full_program_with_every_setting_passes_check() =>
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(TypeToken, "full", Stream().With("autoCompose", true).With("composeVodTranscodeGroupId", "vod-group-compose")));
}
