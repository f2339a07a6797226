using System.Globalization;
using System.Text.RegularExpressions;
using AlicloudLive.Rpc;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>One cell of docs/reliability.md: a short result, and the full error message when the operation failed.</summary>
public sealed partial record CellOutcome(ResourceScenario Scenario, MatrixOperation Operation, FaultSpec Fault, string Result, string? Message)
{
    public static CellOutcome From(CellRun run, string aftermath)
    {
        var figures = $"{run.Calls}; {run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
        if (run.Error is not { } error)
        {
            return new CellOutcome(run.Scenario, run.Operation, run.Fault, $"ok ({figures})" + (run.Recovery is { } r ? $"; {r}" : ""), null);
        }

        return new CellOutcome(run.Scenario, run.Operation, run.Fault, $"{CodeName(error.StatusCode)} ({figures}); {aftermath}", Stable(error.Message));
    }

    /// <summary>The gRPC name of a status, e.g. FAILED_PRECONDITION.</summary>
    public static string CodeName(StatusCode code) => UpperSnake().Replace(code.ToString(), "$1_$2").ToUpperInvariant();

    /// <summary>Request and job ids change on every run; the report shows where they were, not what they were.</summary>
    private static string Stable(string message) => RandomIds().Replace(message, "…");

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex UpperSnake();

    [GeneratedRegex("[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}")]
    private static partial Regex RandomIds();
}
