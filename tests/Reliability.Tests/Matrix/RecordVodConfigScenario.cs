using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>A whole-app record-to-VOD config; the update changes its cycle duration.</summary>
public sealed class RecordVodConfigScenario : ResourceScenario
{
    public override string Name => "RecordVodConfig";

    public override string Type => "alicloud-live:live:RecordVodConfig";

    public override string CloudKind => "recordVodConfigs";

    public override string Property => "cycleDuration";

    public override string ActionFor(MatrixOperation operation) => operation switch
    {
        MatrixOperation.Create => "AddLiveRecordVodConfig",
        MatrixOperation.Update => "UpdateLiveRecordVodConfig",
        _ => "DeleteLiveRecordVodConfig",
    };

    public override PropertyMap Inputs() => Json.Map("""
        {"domainName": "live.example.com", "appName": "app", "vodTranscodeGroupId": "vod-group-default", "cycleDuration": 3600}
        """);

    public override PropertyMap Changed(PropertyMap inputs) => inputs.Set("cycleDuration", PropertyValue.From(7200));

    public override string CloudId(JsonNode cloudObject) =>
        $"{Text(cloudObject["DomainName"])}/{Text(cloudObject["AppName"])}/{Text(cloudObject["StreamName"])}";

    protected override IReadOnlyDictionary<string, Func<JsonNode, string?>> Fields { get; } = new Dictionary<string, Func<JsonNode, string?>>
    {
        ["cycleDuration"] = o => Text(o["CycleDuration"]),
        ["vodTranscodeGroupId"] = o => Text(o["VodTranscodeGroupId"]),
        ["domainName"] = o => Text(o["DomainName"]),
        ["appName"] = o => Text(o["AppName"]),
        ["recordContent"] = o => Text(o["RecordContent"]),
    };
}
