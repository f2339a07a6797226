namespace AlicloudLive.Rpc;

/// <summary>What a handler knows about the call it serves.</summary>
public sealed class GrpcCallContext
{
    /// <summary>Public so that handlers can be unit-tested without a server.</summary>
    public GrpcCallContext(
        CancellationToken cancellationToken = default,
        DateTimeOffset? deadline = null,
        IReadOnlyDictionary<string, string>? requestHeaders = null)
    {
        CancellationToken = cancellationToken;
        Deadline = deadline;
        RequestHeaders = requestHeaders ?? new Dictionary<string, string>();
    }

    /// <summary>Fires on client abort, when the grpc-timeout deadline passes, or when the server stops for good.</summary>
    public CancellationToken CancellationToken { get; }

    public DateTimeOffset? Deadline { get; }

    /// <summary>Request headers by lower-case name (repeated headers joined with ",").</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; }
}
