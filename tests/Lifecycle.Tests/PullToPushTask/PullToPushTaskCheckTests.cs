using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Lifecycle.Tests.PullToPushTask;

/// <summary>Every input rule of CreateLivePullToPush and UpdateLivePullToPush fails Check, naming the property and the rule, before any cloud call.</summary>
public sealed class PullToPushTaskCheckTests : PullToPushTaskFixture
{
    [TestCase("live", """{"sourceProtocol": null}""", "sourceProtocol", "is required when sourceType is live")]
    [TestCase("live", """{"sourceProtocol": "udp"}""", "sourceProtocol", "must be one of rtmp, rtsp, srt, http-flv, flv")]
    [TestCase("live", """{"sourceType": "rtmp"}""", "sourceType", "must be one of live, vod, url")]
    [TestCase("live", """{"sourceUrls": ["rtmp://a.example.com/x/1", "rtmp://a.example.com/x/2"]}""", "sourceUrls", "must have exactly 1 item when sourceType is live")]
    [TestCase("vod", """{"sourceUrls": []}""", "sourceUrls", "must have 1 to 30 items")]
    [TestCase("url", """{"sourceUrls": [""]}""", "sourceUrls[0]", "must not be empty")]
    [TestCase("live", """{"dstUrl": "http://push.example.com/app/s"}""", "dstUrl", "must be a rtmp:// URL")]
    [TestCase("live", """{"dstUrl": null}""", "dstUrl", "is required")]
    [TestCase("live", """{"region": "us-east-1"}""", "region", "must be one of ap-southeast-1, ap-southeast-5, cn-beijing, cn-shanghai, cn-shenzhen")]
    [TestCase("live", """{"startTime": "tomorrow"}""", "startTime", "must be an ISO 8601 UTC time")]
    [TestCase("live", """{"endTime": null}""", "endTime", "is required")]
    [TestCase("live", """{"retryInterval": 30}""", "retryInterval", "must be between 60 and 300")]
    [TestCase("vod", """{"repeatNumber": -2}""", "repeatNumber", "must be at least -1")]
    [TestCase("vod", """{"offset": 0}""", "offset", "must be at least 1")]
    [TestCase("vod", """{"fileIndex": -1}""", "fileIndex", "must be at least 0")]
    [TestCase("live", """{"retryCount": 1e308}""", "retryCount", "must be a whole number from -2147483648 to 2147483647")]
    [TestCase("vod", """{"repeatNumber": 1e12}""", "repeatNumber", "must be a whole number from -2147483648 to 2147483647")]
    [TestCase("live", """{"taskName": "bad\u0000name"}""", "taskName", "must not contain control characters (U+0000 at position 3)")]
    [TestCase("live", """{"sourceUrls": ["rtmp://source.example.com/app/in\n"]}""", "sourceUrls[0]", "must not contain control characters")]
    [TestCase("vod", """{"fileIndex": 1.5}""", "fileIndex", "must be a whole number")]
    [TestCase("live", """{"taskName": ""}""", "taskName", "must not be empty")]
    [TestCase("live", """{"name": "x"}""", "name", "is not a property of alicloud-live:live:PullToPushTask")]
    public async Task A_bad_input_fails_check_without_calling_the_cloud(string source, string overrides, string property, string reason)
    {
        var inputs = source == "live" ? LiveTask() : VodTask().With("sourceType", source);
        foreach (var (key, value) in Json.Map(overrides))
        {
            inputs = value is NullValue ? inputs.Remove(key) : inputs.Set(key, value);
        }

        await AssertFailsAsync(inputs, null, property, reason);
    }

    [Test]
    public async Task Thirty_one_sources_or_a_dst_url_over_2000_characters_fail()
    {
        var urls = new ArrayValue(Enumerable.Range(1, 31).Select(i => PropertyValue.From($"media-{i}")));
        await AssertFailsAsync(VodTask().Set("sourceUrls", urls), null, "sourceUrls", "must have 1 to 30 items");
        await AssertFailsAsync(LiveTask("rtmp://push.example.com/" + new string('a', 2000)), null, "dstUrl", "must be at most 2000 characters long");
        await AssertFailsAsync(LiveTask().With("callbackUrl", "https://hooks.example.com/" + new string('c', 1975)), null, "callbackUrl", "must be at most 2000 characters long (it has 2001)");
    }

    [Test]
    public async Task A_one_megabyte_name_fails_check_instead_of_failing_at_the_cloud() =>
        await AssertFailsAsync(LiveTask().With("taskName", new string('n', 1 << 20)), null, "taskName", "must be at most 65536 characters long (it has 1048576); no API page gives a length for it, this is the plugin's own limit against absurd input");

    [Test]
    public async Task Settings_the_api_ignores_for_the_source_type_and_any_callback_scheme_pass_check()
    {
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "vod", VodTask().With("sourceProtocol", "flv")), "vod ignores sourceProtocol");
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "live", LiveTask().With("offset", 2).With("repeatNumber", -1).With("fileIndex", 3)), "live ignores the file position");
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "cb", LiveTask().With("callbackUrl", "ftp://hooks.example.com/x")), "no scheme rule is documented");
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "rc", LiveTask().With("retryCount", -1)), "no retryCount range is documented");
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "case", LiveTask().With("sourceProtocol", "RTMP")), "the service's own re-cased value");
    }

    [TestCase(2, 1, "endTime", "must be after startTime")]
    [TestCase(1, 1 + (24 * 7) + 1, "endTime", "must be at most 7 days after startTime")]
    [TestCase(-3, -1, "endTime", "must be in the future")]
    public async Task The_time_window_must_end_after_it_starts_last_at_most_7_days_and_end_in_the_future(double start, double end, string property, string reason) =>
        await AssertFailsAsync(LiveTask().With("startTime", At(start)).With("endTime", At(end)), null, property, reason);

    [Test]
    public async Task A_past_window_that_is_not_sent_again_does_not_fail_the_next_change()
    {
        var past = LiveTask().With("taskName", "past").With("startTime", At(-3)).With("endTime", At(-1));
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Type, "past", past.With("callbackUrl", "https://hooks.example.com/x"), past));

        await AssertFailsAsync(past.With("endTime", At(-0.5)), past, "endTime", "must be in the future");
    }

    private async Task AssertFailsAsync(PropertyMap inputs, PropertyMap? olds, string property, string reason)
    {
        var calls = await CloudCallCountAsync();
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Type, "bad", inputs, olds));
        Assert.That(failure!.Reports(property, reason), Is.True, failure.Message);
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls), "Check makes no cloud call");
    }
}
