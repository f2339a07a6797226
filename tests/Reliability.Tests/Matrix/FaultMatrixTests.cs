using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Values;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>
/// docs/design.md, "How every resource behaves", under faults: every create, update and delete of the four resources, with each fault on the cloud call
/// the operation hinges on. Each either succeeds (transient faults) or fails with a clear error (persistent ones); no
/// duplicate or orphaned object is left; and what the plugin reports as state matches the emulator, before and after
/// a refresh. One plugin and one emulator serve every cell; the fixture resets the emulator between cells.
/// </summary>
[Category("Matrix")]
public sealed class FaultMatrixTests : LifecycleFixture
{
    protected override IDictionary<string, PropertyValue>? ProviderConfig => new Dictionary<string, PropertyValue>
    {
        ["maxRetries"] = PropertyValue.From(FaultSpec.MaxRetries),
        ["requestTimeoutSeconds"] = PropertyValue.From(FaultSpec.RequestTimeoutSeconds),
    };

    public static IEnumerable<TestCaseData> Cells() =>
        from scenario in ResourceScenario.All
        from operation in Enum.GetValues<MatrixOperation>()
        from fault in FaultSpec.All
        select new TestCaseData(scenario, operation, fault).SetName($"{scenario.Name} {operation} under {fault.Column}");

    [TestCaseSource(nameof(Cells))]
    public async Task Succeeds_or_fails_clearly_and_leaves_exactly_what_the_plugin_reports(ResourceScenario scenario, MatrixOperation operation, FaultSpec fault)
    {
        var run = await new MatrixCell(Engine, Emulator).RunAsync(scenario, operation, fault);
        var cloud = await CloudObjectsAsync(scenario.CloudKind);
        ReliabilityReport.Record(CellOutcome.From(run, Aftermath(run, cloud)));

        Assert.That(cloud, Has.Count.LessThanOrEqualTo(1), "no duplicate: the cell works on one object");
        if (fault.Transient)
        {
            Assert.That(run.Error, Is.Null, $"a transient {fault.Kind} must be absorbed: {run.Error?.Message}");
        }
        else
        {
            AssertClearError(run);
        }

        await AssertStateMatchesCloudAsync(run, cloud);
    }

    /// <summary>A clear error names the cloud call that failed and the cloud's error code, and is not an internal error.</summary>
    private static void AssertClearError(CellRun run)
    {
        Assert.That(run.Error, Is.Not.Null, "a persistent fault cannot end in success");
        Assert.That(run.Error!.StatusCode, Is.Not.EqualTo(StatusCode.Internal));
        Assert.That(run.Error.Message, Does.Contain(run.Action).And.Contain(run.Fault.Code!), "the message names the failed call and the cloud's code");
        Assert.That(run.Error.Message, Does.Not.Contain("   at "), "no stack trace");
    }

    /// <summary>The state the engine records is the cloud's object (or nothing when the cloud has none), before and after a refresh.</summary>
    private async Task AssertStateMatchesCloudAsync(CellRun run, JsonArray cloud)
    {
        var state = run.EngineState;
        if (state is null)
        {
            Assert.That(cloud, Is.Empty, "nothing orphaned: the engine records no object, so the cloud must have none");
            return;
        }

        if (run.Error is null || run.Partial is not null)
        {
            AssertSame(run.Scenario, state, cloud, "the state the plugin returned");
        }

        var refreshed = await Engine.RefreshAsync(state);
        if (refreshed is null)
        {
            Assert.That(cloud, Is.Empty, "refresh reports the object gone");
            return;
        }

        AssertSame(run.Scenario, refreshed, cloud, "the refreshed state");
    }

    private static void AssertSame(ResourceScenario scenario, ResourceState state, JsonArray cloud, string what)
    {
        Assert.That(cloud, Has.Count.EqualTo(1), $"{what} names an object, so the cloud must hold exactly that one");
        Assert.That(scenario.CloudId(cloud[0]!), Is.EqualTo(state.Id), $"{what}: id");
        foreach (var field in scenario.KeyFields)
        {
            Assert.That(scenario.StateValue(state.Outputs, field), Is.EqualTo(scenario.CloudValue(cloud[0]!, field)), $"{what}: {field}");
        }
    }

    private static string Aftermath(CellRun run, JsonArray cloud) => run.Operation switch
    {
        _ when run.Partial is not null => "partial: ErrorResourceInitFailed records the object's id",
        MatrixOperation.Create => cloud.Count == 0 ? "nothing created" : "created but not recorded",
        MatrixOperation.Update => cloud.Count == 1 && run.Scenario.CloudValue(cloud[0]!) == run.Scenario.StateValue(run.Before!.Outputs) ? "nothing changed" : "changed",
        _ => cloud.Count == 0 ? "deleted" : "not deleted; state kept",
    };
}
