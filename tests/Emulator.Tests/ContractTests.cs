using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>
/// Every operation the emulator serves answers, on success, with exactly the field names, nesting and JSON types that
/// docs/reference/alibaba-contract.json gives for it ("response"): no field the contract lacks, none of another type,
/// and every contract field present when the objects behind the answer have every optional value set.
/// </summary>
public sealed class ContractTests : EmulatorFixture
{
    private const string Cluster = "edge-cluster-1";

    public static IEnumerable<string> Operations() => Contract.ExistingOperations;

    [Test]
    public void The_emulator_serves_every_operation_the_contract_has_and_no_other()
    {
        Assert.That(Scenarios().Keys, Is.EquivalentTo(Contract.ExistingOperations));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task The_answer_matches_the_contract(string action)
    {
        var answer = await Scenarios()[action](this);
        var expected = Contract.ResponseFields(action);
        var actual = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(answer, "", actual);
        Assert.Multiple(() =>
        {
            foreach (var (path, type) in actual)
            {
                Assert.That(expected.ContainsKey(path), Is.True, $"{action} answers {path}, which the contract does not have: {answer.ToJsonString()}");
                if (expected.TryGetValue(path, out var want))
                {
                    Assert.That(type, Is.EqualTo(want), $"{action} {path}");
                }
            }

            foreach (var path in expected.Keys.Where(p => !actual.ContainsKey(p)))
            {
                Assert.Fail($"{action} does not answer {path}: {answer.ToJsonString()}");
            }
        });
    }

    /// <summary>Records each field's path in the contract's notation (A.B, List[].C) with its JSON type.</summary>
    private static void Flatten(JsonObject o, string prefix, Dictionary<string, string> into)
    {
        foreach (var (name, value) in o)
        {
            var path = prefix + name;
            into[path] = TypeOf(value, path, into);
        }
    }

    private static string TypeOf(JsonNode? value, string path, Dictionary<string, string> into)
    {
        switch (value)
        {
            case JsonObject child:
                Flatten(child, path + ".", into);
                return "object";
            case JsonArray array:
                var items = array.Select(i => TypeOf(i, path + "[]", into)).Distinct().ToList();
                return items.Count == 1 ? $"array<{items[0]}>" : $"array<{string.Join("|", items)}>";
            case JsonValue v:
                return v.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.Number => v.TryGetValue<long>(out _) ? "integer" : "number",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    var kind => kind.ToString(),
                };
            default:
                return "null";
        }
    }

    private static Dictionary<string, Func<ContractTests, Task<JsonObject>>> Scenarios() => new()
    {
        ["SubmitLiveTranscodeJob"] = t => t.BodyAsync("SubmitLiveTranscodeJob", IceJob(timed: true)),
        ["GetLiveTranscodeJob"] = async t => await t.BodyAsync("GetLiveTranscodeJob", ("JobId", await t.IceJobAsync())),
        ["ListLiveTranscodeJobs"] = async t =>
        {
            await t.IceJobAsync();
            return await t.BodyAsync("ListLiveTranscodeJobs");
        },
        ["UpdateLiveTranscodeJob"] = async t => await t.BodyAsync("UpdateLiveTranscodeJob", ("JobId", await t.IceJobAsync()), ("Name", "renamed")),
        ["SendLiveTranscodeJobCommand"] = async t => await t.BodyAsync("SendLiveTranscodeJobCommand", ("JobId", await t.IceJobAsync()), ("Command", "stop")),
        ["DeleteLiveTranscodeJob"] = async t =>
        {
            var id = await t.IceJobAsync();
            await t.BodyAsync("SendLiveTranscodeJobCommand", ("JobId", id), ("Command", "stop"));
            return await t.BodyAsync("DeleteLiveTranscodeJob", ("JobId", id));
        },
        ["GetLiveTranscodeTemplate"] = t => t.BodyAsync("GetLiveTranscodeTemplate", ("TemplateId", "ice-tpl-hd")),
        ["ListLiveTranscodeTemplates"] = t => t.BodyAsync("ListLiveTranscodeTemplates"),
        ["CreateLivePullToPush"] = t => t.BodyAsync("CreateLivePullToPush", PullToPush()),
        ["DescribeLivePullToPush"] = async t => await t.BodyAsync("DescribeLivePullToPush", ("TaskId", await t.StoppedTaskAsync()), ("Region", "cn-shanghai")),
        ["DescribeLivePullToPushList"] = async t =>
        {
            await t.StoppedTaskAsync();
            return await t.BodyAsync("DescribeLivePullToPushList", ("Region", "cn-shanghai"));
        },
        ["UpdateLivePullToPush"] = async t => await t.BodyAsync("UpdateLivePullToPush", ("TaskId", await t.TaskAsync()), ("Region", "cn-shanghai"), ("CallbackUrl", "https://cb.example.com/2")),
        ["StopLivePullToPush"] = async t => await t.BodyAsync("StopLivePullToPush", ("TaskId", await t.RunningTaskAsync()), ("Region", "cn-shanghai")),
        ["RestartLivePullToPush"] = async t => await t.BodyAsync("RestartLivePullToPush", ("TaskId", await t.StoppedTaskAsync()), ("Region", "cn-shanghai")),
        ["DeleteLivePullToPush"] = async t => await t.BodyAsync("DeleteLivePullToPush", ("TaskId", await t.TaskAsync()), ("Region", "cn-shanghai")),
        ["AddLiveRecordVodConfig"] = t => t.BodyAsync("AddLiveRecordVodConfig", RecordConfig()),
        ["UpdateLiveRecordVodConfig"] = async t =>
        {
            await t.BodyAsync("AddLiveRecordVodConfig", RecordConfig());
            return await t.BodyAsync("UpdateLiveRecordVodConfig", ("DomainName", "live.example.com"), ("AppName", "app"), ("StreamName", "s"), ("VodTranscodeGroupId", "vod-group-default"), ("CycleDuration", "600"));
        },
        ["DeleteLiveRecordVodConfig"] = t => t.BodyAsync("DeleteLiveRecordVodConfig", ("DomainName", "live.example.com"), ("AppName", "app"), ("StreamName", "s")),
        ["DescribeLiveRecordVodConfigs"] = async t =>
        {
            await t.BodyAsync("AddLiveRecordVodConfig", RecordConfig());
            return await t.BodyAsync("DescribeLiveRecordVodConfigs", ("DomainName", "live.example.com"));
        },
        ["CreateEdgeTranscodeJob"] = t => t.BodyAsync("CreateEdgeTranscodeJob", EdgeJob()),
        ["GetEdgeTranscodeJob"] = async t => await t.BodyAsync("GetEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", await t.EdgeJobStartedAndStoppedAsync())),
        ["ListEdgeTranscodeJob"] = async t =>
        {
            await t.EdgeJobStartedAndStoppedAsync();
            return await t.BodyAsync("ListEdgeTranscodeJob", ("ClusterId", Cluster));
        },
        ["UpdateEdgeTranscodeJob"] = async t => await t.BodyAsync("UpdateEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", await t.EdgeJobAsync()), ("Name", "renamed")),
        ["StartEdgeTranscodeJob"] = async t => await t.BodyAsync("StartEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", await t.EdgeJobAsync())),
        ["StopEdgeTranscodeJob"] = async t =>
        {
            var id = await t.EdgeJobAsync();
            await t.BodyAsync("StartEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", id));
            return await t.BodyAsync("StopEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", id));
        },
        ["DeleteEdgeTranscodeJob"] = async t => await t.BodyAsync("DeleteEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", await t.EdgeJobAsync())),
        ["GetEdgeTranscodeTemplate"] = t => t.BodyAsync("GetEdgeTranscodeTemplate", ("ClusterId", Cluster), ("TemplateId", "edge-tpl-720p")),
        ["ListEdgeTranscodeTemplate"] = t => t.BodyAsync("ListEdgeTranscodeTemplate", ("ClusterId", Cluster)),
    };

    private async Task<JsonObject> BodyAsync(string action, params (string, string)[] parameters) =>
        (await Client.CallAsync(action, parameters)).Ok().Body;

    private async Task<string> IceJobAsync() => (string)(await BodyAsync("SubmitLiveTranscodeJob", IceJob(timed: false)))["JobId"]!;

    private async Task<string> TaskAsync() => (string)(await BodyAsync("CreateLivePullToPush", PullToPush()))["TaskId"]!;

    private async Task<string> RunningTaskAsync()
    {
        var id = await TaskAsync();
        await Client.AdvanceClockAsync(TimeSpan.FromHours(2));
        return id;
    }

    private async Task<string> StoppedTaskAsync()
    {
        var id = await RunningTaskAsync();
        await BodyAsync("StopLivePullToPush", ("TaskId", id), ("Region", "cn-shanghai"));
        return id;
    }

    private async Task<string> EdgeJobAsync() => (string)(await BodyAsync("CreateEdgeTranscodeJob", EdgeJob()))["JobId"]!;

    private async Task<string> EdgeJobStartedAndStoppedAsync()
    {
        var id = await EdgeJobAsync();
        await BodyAsync("StartEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", id));
        await BodyAsync("StopEdgeTranscodeJob", ("ClusterId", Cluster), ("JobId", id));
        return id;
    }

    private static (string, string)[] IceJob(bool timed) =>
    [
        ("Name", "job"), ("TemplateId", "ice-tpl-hd"), ("StartMode", timed ? "1" : "0"),
        ("StreamInput", """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/cam1"}"""),
        ("TranscodeOutput", """{"Type":"LiveCenter","DomainName":"play.example.com"}"""),
        .. timed ? new[] { ("TimedConfig", $$"""{"StartTime":"{{At(TimeSpan.FromHours(1))}}","EndTime":"{{At(TimeSpan.FromHours(2))}}"}""") } : [],
    ];

    // A vod task with every optional value set, starting in one hour.
    private static (string, string)[] PullToPush() =>
    [
        ("Region", "cn-shanghai"), ("SourceType", "vod"), ("SourceUrls", """["media-1","media-2"]"""),
        ("DstUrl", $"rtmp://push.example.com/app/{Guid.NewGuid():N}"), ("StartTime", At(TimeSpan.FromHours(1))), ("EndTime", At(TimeSpan.FromDays(2))),
        ("TaskName", "task"), ("CallbackUrl", "https://cb.example.com/1"), ("RepeatNumber", "2"), ("RetryCount", "3"), ("RetryInterval", "60"),
        ("FileIndex", "1"), ("Offset", "5"),
    ];

    private static (string, string)[] RecordConfig() =>
    [
        ("DomainName", "live.example.com"), ("AppName", "app"), ("StreamName", "s"), ("VodTranscodeGroupId", "vod-group-default"),
        ("CycleDuration", "900"), ("AutoCompose", "ON"), ("ComposeVodTranscodeGroupId", "vod-group-compose"), ("OnDemand", "1"),
        ("StorageLocation", "bucket.oss-cn-shanghai.aliyuncs.com"), ("DelayTime", "60"), ("RecordContent", "raw"), ("SpaceId", "space-1"),
        ("TranscodeTemplates.1", "tpl-a"), ("RecordFormat.1.Format", "m3u8"), ("RecordFormat.1.SliceDuration", "10"),
        ("RecordFormat.1.AutoCompose", "OFF"), ("RecordFormat.1.ProcessMethod", "none"), ("RecordFormat.1.ProcessTemplateId", "p1"),
        ("RecordFormat.1.VideoProcess", "none"), ("RecordFormat.1.Tags", "t"), ("FormatConfig", "true"),
    ];

    private static (string, string)[] EdgeJob() =>
    [
        ("ClusterId", Cluster), ("Name", "edge_job"), ("TemplateId", "edge-tpl-720p"),
        ("StreamInput", "rtmp://in.example.com/app/s"), ("StreamOutput", "rtmp://out.example.com/app/s"),
    ];
}
