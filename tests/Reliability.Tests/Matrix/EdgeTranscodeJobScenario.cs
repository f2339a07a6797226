using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>
/// A running edge job (Create, then Start); the update stops it and changes its output in the same step
/// (running = false), so a fault on the Update call comes after the Stop has already been applied.
/// </summary>
public sealed class EdgeTranscodeJobScenario : ResourceScenario
{
    public override string Name => "EdgeTranscodeJob";

    public override string Type => "alicloud-live:live:EdgeTranscodeJob";

    public override string CloudKind => "edgeTranscodeJobs";

    public override string Property => "streamOutput";

    public override string ActionFor(MatrixOperation operation) => operation switch
    {
        MatrixOperation.Create => "CreateEdgeTranscodeJob",
        MatrixOperation.Update => "UpdateEdgeTranscodeJob",
        _ => "DeleteEdgeTranscodeJob",
    };

    public override PropertyMap Inputs() => Json.Map("""
        {"clusterId": "edge-cluster-1", "templateId": "edge-tpl-1080p", "streamInput": "rtmp://live.example.com/app/stream",
         "streamOutput": "rtmp://push.example.com/app/out_1080p"}
        """);

    public override PropertyMap Changed(PropertyMap inputs) =>
        inputs.Set("streamOutput", PropertyValue.From("rtmp://push.example.com/app/out_new")).Set("running", PropertyValue.From(false));

    public override string CloudId(JsonNode cloudObject) => $"{Text(cloudObject["ClusterId"])}/{Text(cloudObject["JobId"])}";

    protected override IReadOnlyDictionary<string, Func<JsonNode, string?>> Fields { get; } = new Dictionary<string, Func<JsonNode, string?>>
    {
        ["streamOutput"] = o => Text(o["StreamOutput"]),
        ["streamInput"] = o => Text(o["StreamInput"]),
        ["name"] = o => Text(o["Name"]),
        ["templateId"] = o => Text(o["TemplateId"]),
        ["status"] = o => Text(o["Status"]) == "1" ? "Running" : "NotStarted",
    };
}
