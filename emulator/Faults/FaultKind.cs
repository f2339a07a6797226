namespace AlicloudLive.Emulator.Faults;

public enum FaultKind
{
    /// <summary>Answer an error (code, HTTP status) instead of processing.</summary>
    Error,

    /// <summary>Answer Throttling.User instead of processing.</summary>
    Throttle,

    /// <summary>Wait, then process normally.</summary>
    Delay,

    /// <summary>Abort the connection without processing.</summary>
    Drop,

    /// <summary>Process and apply the change, then abort the connection instead of answering.</summary>
    CommitThenDrop,
}
