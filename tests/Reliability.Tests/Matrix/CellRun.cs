using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>What happened in one cell: the state before, what the plugin answered, and what the faulted action saw.</summary>
public sealed record CellRun(
    ResourceScenario Scenario,
    MatrixOperation Operation,
    FaultSpec Fault,
    string Name,
    ResourceState? Before,
    ResourceState? After,
    RpcException? Error,
    ActionCalls Calls,
    TimeSpan Elapsed,
    IReadOnlyList<string> Logs)
{
    public string Action => Scenario.ActionFor(Operation);

    /// <summary>The ErrorResourceInitFailed detail of a partial failure, if the error carries one.</summary>
    public ErrorResourceInitFailed? Partial =>
        Error?.Details().FirstOrDefault(d => d.Is(ErrorResourceInitFailed.Descriptor))?.Unpack<ErrorResourceInitFailed>();

    /// <summary>
    /// What the engine records after the cell: the new state on success, the partial failure's id and properties,
    /// nothing for a failed create, and the old state for any other failure.
    /// </summary>
    public ResourceState? EngineState => (Error, Partial) switch
    {
        (null, _) => After,
        (_, { } p) => new ResourceState(
            Scenario.Type, Name, EngineDriver.Urn(Scenario.Type, Name), p.Id, StructCodec.Decode(p.Inputs), StructCodec.Decode(p.Properties)),
        _ => Operation == MatrixOperation.Create ? null : Before,
    };

    /// <summary>How a lost response was resolved, from the plugin's diagnostics.</summary>
    public string? Recovery => Logs.FirstOrDefault(l => l.Contains("was lost", StringComparison.Ordinal)) is { } lost
        ? lost.Contains("again", StringComparison.Ordinal) ? "lost response looked up: not there, sent again" : "lost response looked up: found, adopted"
        : null;
}
