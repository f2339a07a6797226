using System.Globalization;
using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Matrix;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Rpc;
using AlicloudLive.TestSupport;
using AlicloudLive.Values;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.Partial;

/// <summary>
/// docs/design.md, "How every resource behaves": an object created by a step that then fails is returned as ErrorResourceInitFailed with its id, so
/// nothing is orphaned. The error is read the way the engine reads it: by npm's own gRPC client, decoding
/// grpc-status-details-bin. The engine then records the id; a refresh and a delete of that record reach the object.
/// </summary>
[Category("Partial")]
public sealed class PartialFailureTests : LifecycleFixture
{
    private const string InitFailedType = "type.googleapis.com/pulumirpc.ErrorResourceInitFailed";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case(new EdgeTranscodeJobScenario(), "StartEdgeTranscodeJob", "UserQuotaExceed", 400, "was created, but starting it failed");
        yield return Case(new LiveTranscodeJobScenario(), "GetLiveTranscodeJob", "ServiceUnavailable", 503, "was created, but reading it back failed");
        yield return Case(new PullToPushTaskScenario(), "DescribeLivePullToPush", "ServiceUnavailable", 503, "was created, but reading it back failed");
        yield return Case(new RecordVodConfigScenario(), "DescribeLiveRecordVodConfigs", "ServiceUnavailable", 503, "was added, but reading it back failed");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_step_failing_after_the_create_returns_the_id_in_ErrorResourceInitFailed(
        ResourceScenario scenario, string failingAction, string code, int httpStatus, string reason)
    {
        var inputs = await Engine.CheckAsync(scenario.Type, "half", scenario.Inputs());
        await Emulator.InjectFaultAsync(failingAction, "error", count: 100, code: code, httpStatus: httpStatus);

        var error = await CreateWithNpmClientAsync(scenario.Type, "half", inputs);
        await Emulator.ClearFaultsAsync();

        Assert.That((int?)error["code"], Is.EqualTo((int)StatusCode.Unknown), "UNKNOWN: the engine must not assume nothing happened");
        var detail = error["details"]!.AsArray().Single(d => (string?)d!["typeUrl"] == InitFailedType)!;
        var cloud = (await CloudObjectsAsync(scenario.CloudKind)).Single()!;
        Assert.That((string?)detail["id"], Is.EqualTo(scenario.CloudId(cloud)), "the id is the one object the create made");
        Assert.That(detail["reasons"]!.AsArray().Select(r => (string?)r), Has.Some.Contains(reason).And.Some.Contains(code));
        var properties = PropertyValueJson.FromJsonObject(detail["properties"]!.AsObject());
        Assert.That(scenario.StateValue(properties), Is.EqualTo(scenario.CloudValue(cloud)), "the recorded properties describe the object");
        ReliabilityReport.RecordFigure(
            ReportSections.Partial,
            $"{scenario.Name} create, {failingAction} fails ({code})",
            $"{CellOutcome.CodeName(StatusCode.Unknown)} with ErrorResourceInitFailed: id of the created object, its properties, reason \"{reason}\"");

        // The engine records the id and properties; refresh and destroy then find the object, so nothing is orphaned.
        var recorded = new ResourceState(scenario.Type, "half", EngineDriver.Urn(scenario.Type, "half"), (string)detail["id"]!, inputs, properties);
        var refreshed = await Engine.RefreshAsync(recorded);
        Assert.That(refreshed?.Id, Is.EqualTo(recorded.Id));
        await Engine.DeleteAsync(refreshed!);
        Assert.That(await CloudObjectsAsync(scenario.CloudKind), Is.Empty);
    }

    private static TestCaseData Case(ResourceScenario scenario, string action, string code, int status, string reason) =>
        new TestCaseData(scenario, action, code, status, reason).SetName($"{scenario.Name}: {action} fails after the create");

    /// <summary>Configure and Create from @pulumi/pulumi's generated client; returns the decoded create error.</summary>
    private async Task<JsonObject> CreateWithNpmClientAsync(string type, string name, PropertyMap inputs)
    {
        var spec = new JsonObject
        {
            ["config"] = new JsonObject
            {
                ["accessKey"] = "emulator",
                ["secretKey"] = "emulator",
                ["liveEndpoint"] = Emulator.BaseUrl,
                ["iceEndpoint"] = Emulator.BaseUrl,
                ["maxRetries"] = 1,
            },
            ["urn"] = EngineDriver.Urn(type, name),
            ["type"] = type,
            ["properties"] = PropertyValueJson.ToJsonObject(inputs),
        };
        var run = await ProcessRun.NodeAsync("plugin/engine-client.js", [Plugin.Port.ToString(CultureInfo.InvariantCulture), "configure-create", spec.ToJsonString()]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var result = JsonNode.Parse(run.StdOut)!.AsObject();
        Assert.That((int?)result["configure"]?["code"], Is.Zero, run.StdOut);
        Assert.That((int?)result["create"]?["code"], Is.Not.Zero, $"the create must fail: {run.StdOut}");
        return result["create"]!.AsObject();
    }
}
