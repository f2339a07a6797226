using System.Globalization;

namespace AlicloudLive.Cloud;

/// <summary>
/// One HTTP attempt of an operation, for debug output: what was called, what came back, what happens next. It holds
/// no request parameter, credential or signature, and the code and request id are the service's own.
/// </summary>
public sealed record CloudAttempt(
    string Operation,
    int Attempt,
    int Attempts,
    int? HttpStatus,
    string? Code,
    string? RequestId,
    TimeSpan Elapsed,
    TimeSpan? Backoff)
{
    /// <summary>True when the call succeeded with this attempt.</summary>
    public bool Succeeded => Code is null;

    /// <summary>"alicloud CreateLivePullToPush attempt 1/6: HTTP 400, code Throttling.User, RequestId R1, 12 ms; retrying in 450 ms".</summary>
    public override string ToString()
    {
        var status = HttpStatus is { } s ? "HTTP " + s.ToString(CultureInfo.InvariantCulture) : "no response";
        var result = Code is null ? "OK"
            : Backoff is { } delay ? $"code {Code}; retrying in {delay.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
            : $"code {Code}; giving up";
        return $"alicloud {Operation} attempt {Attempt}/{Attempts}: {status}, RequestId {RequestId ?? "-"}, " +
               $"{Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms: {result}";
    }
}
