namespace AlicloudLive.Reliability.Tests.Report;

/// <summary>The sections of docs/reliability.md after the matrix, and what each one's figures mean.</summary>
public static class ReportSections
{
    public const string Cancellation = "Cancellation and timeouts";
    public const string Partial = "Partial failures (ErrorResourceInitFailed, decoded by @grpc/grpc-js)";
    public const string Hostile = "Hostile input";
    public const string Secrets = "Secrets";
    public const string StateIntegrity = "State integrity (no object leaves the state without proof)";

    /// <summary>The order of the document (issue #10's order).</summary>
    public static readonly IReadOnlyList<string> InOrder = [Partial, Cancellation, Hostile, Secrets, StateIntegrity];

    public static readonly IReadOnlyDictionary<string, string> Notes = new Dictionary<string, string>
    {
        [Cancellation] = "How long an in-flight or retrying cloud call takes to stop, measured once per run. The tests assert only a 10 s hang\n"
            + "guard, and that nothing goes on behind the answer: an aborted attempt is never applied, and no retry reaches the emulator.",
        [Partial] = "A create whose later step fails must hand the engine the object's id. The error is read as the engine reads it: npm's\n"
            + "@grpc/grpc-js client decodes grpc-status-details-bin; a refresh and a delete of the recorded id then reach the object.",
        [Hostile] = "The plugin must answer everything (never crash), name a property in every Check failure, and answer broken requests with\n"
            + "INVALID_ARGUMENT; the emulator must answer with a 4xx and its error JSON, never a 5xx or a dropped connection.",
        [StateIntegrity] = "An object leaves the stack's state only when the cloud proves it gone (docs/state-integrity.md). Refresh and destroy\n"
            + "rows: the cloud refuses every call (or the provider is not configured); both operations must fail, naming the cloud call,\n"
            + "its code and what to do. Move rows: a second deployment points the provider at another emulator (another endpoint,\n"
            + "with or without another region). Preview rows: the object changes state outside Pulumi, and the engine reads it\n"
            + "before planning (refresh_before_update). \"Objects lost\" counts objects in the cloud that the state no longer\n"
            + "records, plus a recorded object no longer in the cloud or no longer reached by a refresh.",
        [Secrets] = "Credentials: a distinctive key pair the emulator is started with, given to the plugin as secret config. Secret inputs: a\n"
            + "pull-to-push callbackUrl token, an edge streamInput key, an ICE streamInput.inputUrl key. An import (Read by id alone) returns\n"
            + "values plain, because nothing tells the provider they were secret; the program's secret() marks them on the next update.",
    };
}
