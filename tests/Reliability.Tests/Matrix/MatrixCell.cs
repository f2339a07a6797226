using System.Diagnostics;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>Runs one cell: prepares the resource (for update and delete), arms the fault, runs the engine operation.</summary>
public sealed class MatrixCell(EngineDriver engine, EmulatorProcess emulator)
{
    public async Task<CellRun> RunAsync(ResourceScenario scenario, MatrixOperation operation, FaultSpec fault)
    {
        var name = "m-" + operation.ToString().ToLowerInvariant();
        var before = operation == MatrixOperation.Create ? null : await engine.CreateAsync(scenario.Type, name, scenario.Inputs());
        var action = scenario.ActionFor(operation);
        var callsBefore = (await emulator.CallCountsAsync()).Of(action);
        engine.Plugin.Engine.Clear();
        await emulator.InjectFaultAsync(action, fault.Kind, fault.Count, fault.Code, fault.HttpStatus, fault.DelayMs);

        var watch = Stopwatch.StartNew();
        ResourceState? after = null;
        RpcException? error = null;
        try
        {
            after = await RunOperationAsync(scenario, operation, name, before);
        }
        catch (RpcException e)
        {
            error = e;
        }

        watch.Stop();
        await emulator.ClearFaultsAsync();
        var calls = (await emulator.CallCountsAsync()).Of(action) - callsBefore;
        var logs = engine.Plugin.Engine.Logs.Where(l => l.Urn == EngineDriver.Urn(scenario.Type, name) && l.Severity != Pulumirpc.LogSeverity.Debug).Select(l => l.Message).ToList();
        return new CellRun(scenario, operation, fault, name, before, after, error, calls, watch.Elapsed, logs);
    }

    private async Task<ResourceState?> RunOperationAsync(ResourceScenario scenario, MatrixOperation operation, string name, ResourceState? before)
    {
        switch (operation)
        {
            case MatrixOperation.Create:
                return await engine.CreateAsync(scenario.Type, name, scenario.Inputs());
            case MatrixOperation.Update:
                var outcome = await engine.UpdateAsync(before!, scenario.Changed(before!.Inputs));
                Assert.That(outcome.Replaced, Is.False, $"{scenario.Name}'s matrix change must update in place");
                return outcome.State;
            default:
                await engine.DeleteAsync(before!);
                return null;
        }
    }
}
