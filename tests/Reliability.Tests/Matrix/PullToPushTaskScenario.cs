using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>A live pull-to-push task starting in an hour; the update changes its callback URL.</summary>
public sealed class PullToPushTaskScenario : ResourceScenario
{
    public override string Name => "PullToPushTask";

    public override string Type => "alicloud-live:live:PullToPushTask";

    public override string CloudKind => "pullToPushTasks";

    public override string Property => "callbackUrl";

    public override string ActionFor(MatrixOperation operation) => operation switch
    {
        MatrixOperation.Create => "CreateLivePullToPush",
        MatrixOperation.Update => "UpdateLivePullToPush",
        _ => "DeleteLivePullToPush",
    };

    public override PropertyMap Inputs() => Json.Map($$"""
        {"region": "cn-shanghai", "sourceType": "live", "sourceProtocol": "rtmp",
         "sourceUrls": ["rtmp://source.example.com/app/in"], "dstUrl": "rtmp://push.example.com/app/matrix",
         "startTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(1))}}", "endTime": "{{Utc(DateTimeOffset.UtcNow.AddHours(3))}}",
         "callbackUrl": "https://hooks.example.com/first"}
        """);

    public override PropertyMap Changed(PropertyMap inputs) => inputs.Set("callbackUrl", PropertyValue.From("https://hooks.example.com/second"));

    public override string CloudId(JsonNode cloudObject) => Text(cloudObject["TaskId"])!;

    protected override IReadOnlyDictionary<string, Func<JsonNode, string?>> Fields { get; } = new Dictionary<string, Func<JsonNode, string?>>
    {
        ["callbackUrl"] = o => Text(o["TaskInfo"]?["CallbackURL"]),
        ["taskName"] = o => Text(o["TaskInfo"]?["TaskName"]),
        ["sourceUrls"] = o => Text(o["TaskInfo"]?["SourceUrls"]),
        ["dstUrl"] = o => Text(o["TaskInfo"]?["DstUrl"]),
        ["startTime"] = o => Text(o["TaskInfo"]?["StartTime"]),
        ["endTime"] = o => Text(o["TaskInfo"]?["EndTime"]),
    };
}
