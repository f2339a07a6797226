namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>
/// One column of the fault matrix: what the emulator does to the operation's main cloud call. Transient faults must be
/// absorbed (the operation succeeds); a persistent one must end in a clear error.
/// </summary>
public sealed record FaultSpec(string Column, string Kind, int Count, bool Transient, string? Code = null, int? HttpStatus = null, int? DelayMs = null)
{
    /// <summary>The per-attempt time limit the matrix configures (requestTimeoutSeconds); the delay cells exceed it.</summary>
    public const int RequestTimeoutSeconds = 1;

    /// <summary>The retry budget the matrix configures (maxRetries): a throttling burst fits in it, a persistent error does not.</summary>
    public const int MaxRetries = 4;

    public static readonly IReadOnlyList<FaultSpec> All =
    [
        new("throttling burst (3×)", "throttle", 3, true),
        new("5xx (1× 503)", "error", 1, true, "ServiceUnavailable", 503),
        new("delay past the timeout (2.5 s > 1 s)", "delay", 1, true, DelayMs: 2500),
        new("dropped connection", "drop", 1, true),
        new("commitThenDrop", "commitThenDrop", 1, true),
        new("persistent 5xx (500 until cleared)", "error", 100, false, "InternalError", 500),
    ];
}
