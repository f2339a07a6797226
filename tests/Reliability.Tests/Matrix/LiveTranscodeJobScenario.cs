using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>An Immediate ICE job (running from its creation); the update renames it, which ICE allows in any state.</summary>
public sealed class LiveTranscodeJobScenario : ResourceScenario
{
    public override string Name => "LiveTranscodeJob";

    public override string Type => "alicloud-live:ice:LiveTranscodeJob";

    public override string CloudKind => "liveTranscodeJobs";

    public override string Property => "name";

    public override string ActionFor(MatrixOperation operation) => operation switch
    {
        MatrixOperation.Create => "SubmitLiveTranscodeJob",
        MatrixOperation.Update => "UpdateLiveTranscodeJob",
        _ => "DeleteLiveTranscodeJob",
    };

    public override PropertyMap Inputs() => Json.Map("""
        {"templateId": "ice-tpl-hd", "streamInput": {"inputUrl": "rtmp://live.example.com/app/stream"},
         "transcodeOutput": {"domainName": "play.example.com"}}
        """);

    public override PropertyMap Changed(PropertyMap inputs) => inputs.Set("name", PropertyValue.From("renamed-job"));

    public override string CloudId(JsonNode cloudObject) => Text(cloudObject["JobId"])!;

    protected override IReadOnlyDictionary<string, Func<JsonNode, string?>> Fields { get; } = new Dictionary<string, Func<JsonNode, string?>>
    {
        ["name"] = o => Text(o["Name"]),
        ["templateId"] = o => Text(o["TemplateId"]),
        ["streamInput.inputUrl"] = o => Text(o["StreamInput"]?["InputUrl"]),
        ["status"] = o => (int?)o["Status"] switch { 0 => "NotStarted", 1 => "Running", 2 => "Stopped", _ => null },
    };
}
