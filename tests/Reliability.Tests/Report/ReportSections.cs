namespace AlicloudLive.Reliability.Tests.Report;

/// <summary>The sections of docs/reliability.md after the matrix, and what each one's figures mean.</summary>
public static class ReportSections
{
    public const string Cancellation = "Cancellation and timeouts";
    public const string Partial = "Partial failures (ErrorResourceInitFailed, decoded by @grpc/grpc-js)";
    public const string Hostile = "Hostile input";
    public const string Secrets = "Secrets";

    /// <summary>The order of the document (issue #10's order).</summary>
    public static readonly IReadOnlyList<string> InOrder = [Partial, Cancellation, Hostile, Secrets];

    public static readonly IReadOnlyDictionary<string, string> Notes = new Dictionary<string, string>
    {
        [Cancellation] = "How long an in-flight or retrying cloud call takes to stop, measured once per run. The tests assert only a 10 s hang\n"
            + "guard, and that nothing goes on behind the answer: an aborted attempt is never applied, and no retry reaches the emulator.",
        [Partial] = "A create whose later step fails must hand the engine the object's id. The error is read as the engine reads it: npm's\n"
            + "@grpc/grpc-js client decodes grpc-status-details-bin; a refresh and a delete of the recorded id then reach the object.",
        [Hostile] = "The plugin must answer everything (never crash), name a property in every Check failure, and answer broken requests with\n"
            + "INVALID_ARGUMENT; the emulator must answer with a 4xx and its error JSON, never a 5xx or a dropped connection.",
        [Secrets] = "Credentials: a distinctive key pair the emulator is started with, given to the plugin as secret config. Secret inputs: a\n"
            + "pull-to-push callbackUrl token, an edge streamInput key, an ICE streamInput.inputUrl key. An import (Read by id alone) returns\n"
            + "values plain, because nothing tells the provider they were secret; the program's secret() marks them on the next update.",
    };
}
