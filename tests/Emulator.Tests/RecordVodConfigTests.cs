using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

public sealed class RecordVodConfigTests : EmulatorFixture
{
    private static Dictionary<string, string> Config(string app = "app1") => new()
    {
        ["DomainName"] = "live.example.com",
        ["AppName"] = app,
        ["StreamName"] = "cam1",
        ["VodTranscodeGroupId"] = "vod-group-default",
        ["CycleDuration"] = "900",
        ["RecordContent"] = "raw,transcode",
        ["TranscodeTemplates.1"] = "lhd",
        ["TranscodeTemplates.2"] = "lsd",
        ["RecordFormat.1.Format"] = "m3u8",
        ["RecordFormat.1.SliceDuration"] = "10",
        ["RecordFormat.2.Format"] = "mp4",
    };

    private async Task<JsonNode> DescribeOneAsync(string app = "app1")
    {
        var r = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"), ("AppName", app))).Ok();
        Assert.That((string?)r["Total"], Is.EqualTo("1"));
        return r["LiveRecordVodConfigs"]["LiveRecordVodConfig"]![0]!;
    }

    [Test]
    public async Task Add_then_Describe_reports_the_documented_shape()
    {
        (await Client.CallAsync("AddLiveRecordVodConfig", Config())).Ok();
        var c = await DescribeOneAsync();
        Assert.Multiple(() =>
        {
            Assert.That((string?)c["StreamName"], Is.EqualTo("cam1"));
            Assert.That((int)c["CycleDuration"]!, Is.EqualTo(900));
            Assert.That((string?)c["AutoCompose"], Is.EqualTo("OFF"));
            Assert.That((string?)c["TranscodeTemplates"], Is.EqualTo("lhd,lsd"));
            Assert.That(c["RecordFormatList"]!["RecordFormat"]!.AsArray().Select(f => (string?)f!["Format"]), Is.EqualTo(new[] { "m3u8", "mp4" }));
            Assert.That((int)c["RecordFormatList"]!["RecordFormat"]![0]!["SliceDuration"]!, Is.EqualTo(10));
        });
    }

    [Test]
    public async Task Adding_an_existing_key_is_ConfigAlreadyExists()
    {
        (await Client.CallAsync("AddLiveRecordVodConfig", Config())).Ok();
        (await Client.CallAsync("AddLiveRecordVodConfig", Config())).Fails("ConfigAlreadyExists", 400);
        var otherStream = Config();
        otherStream["StreamName"] = "cam2";
        (await Client.CallAsync("AddLiveRecordVodConfig", otherStream)).Ok();
    }

    [TestCase("VodTranscodeGroupId", "no-group", "InvalidTemplateGroupId.NotFound", 404)]
    [TestCase("ComposeVodTranscodeGroupId", "no-group", "InvalidTemplateGroupId.NotFound", 404)]
    [TestCase("VodTranscodeGroupId", "", "MissingParameter", 400)]
    [TestCase("DomainName", "nowhere.example.com", "InvalidDomain.NotFound", 404)]
    [TestCase("CycleDuration", "299", "InvalidParameter", 400)]
    [TestCase("CycleDuration", "21601", "InvalidParameter", 400)]
    [TestCase("OnDemand", "2", "InvalidParameter", 400)]
    [TestCase("OnDemand", "7", "InvalidParameter", 400)]
    [TestCase("AutoCompose", "YES", "InvalidAutoCompose.Malformed", 400)]
    [TestCase("AutoCompose", "ON", "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", 400)]
    [TestCase("RecordFormat.1.SliceDuration", "1e3", "InvalidParameter", 400)]
    public async Task Add_validates_each_parameter(string name, string value, string code, int status)
    {
        var p = Config();
        p[name] = value;
        (await Client.CallAsync("AddLiveRecordVodConfig", p)).Fails(code, status);
    }

    [Test]
    [TestCase("DelayTime", "14")]
    [TestCase("RecordContent", "everything")]
    [TestCase("RecordFormat.1.Format", "avi")]
    [TestCase("RecordFormat.1.SliceDuration", "31")]
    [TestCase("TranscodeTemplates.1", null)]
    public async Task Values_the_record_to_vod_pages_do_not_restrict_are_accepted(string name, string? value)
    {
        var p = Config();
        if (value is null)
        {
            p.Remove(name);
            p.Remove("TranscodeTemplates.2");
        }
        else
        {
            p[name] = value;
        }

        (await Client.CallAsync("AddLiveRecordVodConfig", p)).Ok();
    }

    [Test]
    public async Task AutoCompose_ON_and_a_compose_group_go_together_both_ways()
    {
        var group = Config();
        group["ComposeVodTranscodeGroupId"] = "vod-group-compose";
        (await Client.CallAsync("AddLiveRecordVodConfig", group)).Fails("InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", 400);
        var compose = Config();
        compose["AutoCompose"] = "ON";
        compose["ComposeVodTranscodeGroupId"] = "vod-group-compose";
        (await Client.CallAsync("AddLiveRecordVodConfig", compose)).Ok();
    }

    [Test]
    public async Task Update_changes_settings_but_not_the_add_only_ones()
    {
        (await Client.CallAsync("AddLiveRecordVodConfig", Config())).Ok();
        var key = new[] { ("DomainName", "live.example.com"), ("AppName", "app1"), ("StreamName", "cam1") };
        (await Client.CallAsync("UpdateLiveRecordVodConfig", key.Append(("CycleDuration", "1800")).Append(("OnDemand", "1")).ToArray())).Ok();
        var c = await DescribeOneAsync();
        Assert.That(((int)c["CycleDuration"]!, (int)c["OnDemand"]!, (string?)c["TranscodeTemplates"]), Is.EqualTo((1800, 1, "lhd,lsd")));
        foreach (var addOnly in new[] { "RecordContent", "SpaceId", "StorageLocation" })
        {
            (await Client.CallAsync("UpdateLiveRecordVodConfig", key.Append((addOnly, "raw")).ToArray())).Fails("InvalidParameter", 400);
        }

        (await Client.CallAsync("UpdateLiveRecordVodConfig", key.Append(("CycleDuration", "10")).ToArray())).Fails("InvalidParameter", 400);
        Assert.That((int)(await DescribeOneAsync())["CycleDuration"]!, Is.EqualTo(1800), "a rejected update changes nothing");
    }

    [Test]
    public async Task Update_of_a_missing_key_is_InvalidParameter_and_Delete_is_idempotent()
    {
        (await Client.CallAsync("UpdateLiveRecordVodConfig", ("DomainName", "live.example.com"), ("AppName", "none"), ("CycleDuration", "600"))).Fails("InvalidParameter", 400);
        (await Client.CallAsync("AddLiveRecordVodConfig", Config())).Ok();
        var key = new[] { ("DomainName", "live.example.com"), ("AppName", "app1"), ("StreamName", "cam1") };
        (await Client.CallAsync("DeleteLiveRecordVodConfig", key)).Ok();
        (await Client.CallAsync("DeleteLiveRecordVodConfig", key)).Ok();
        var r = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"))).Ok();
        Assert.That((string?)r["Total"], Is.EqualTo("0"));
    }

    [Test]
    public async Task Describe_needs_a_domain_and_pages_within_5_to_100()
    {
        (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("AppName", "app1"))).Fails("MissingParameter", 400);
        (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"), ("PageSize", "4"))).Fails("InvalidParameter", 400);
        foreach (var app in new[] { "a1", "a2", "a3", "a4", "a5", "a6" })
        {
            (await Client.CallAsync("AddLiveRecordVodConfig", Config(app))).Ok();
        }

        var page2 = (await Client.CallAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"), ("PageSize", "5"), ("PageNum", "2"))).Ok();
        Assert.That(((string?)page2["Total"], page2["LiveRecordVodConfigs"]["LiveRecordVodConfig"]!.AsArray().Count), Is.EqualTo(("6", 1)));
    }
}
