using AlicloudLive.Cloud;
using AlicloudLive.Framework.Hosting;
using Pulumirpc;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// Where the client's attempts go: stderr at the verbosity the engine passed (`pulumi up -v=N`: retried and failed
/// attempts from -v=3, every attempt from -v=9), and the engine Log at DEBUG (`pulumi up --debug`), under the URN of
/// the resource operation that made the call.
/// </summary>
public sealed class CloudDebugOutput(int verbosity, TextWriter stderr)
{
    public const int RetriesAndFailures = 3;
    public const int EveryAttempt = 9;

    private EngineLog? _engine;

    /// <summary>No stderr output, no engine: for the schema command and tests.</summary>
    public static CloudDebugOutput None { get; } = new(0, TextWriter.Null);

    public void Attach(EngineLog engine) => _engine = engine;

    public void Observe(CloudAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var line = attempt.ToString();
        if (verbosity >= EveryAttempt || (verbosity >= RetriesAndFailures && !attempt.Succeeded))
        {
            lock (stderr)
            {
                stderr.WriteLine(line);
                stderr.Flush();
            }
        }

        if (_engine is { IsAttached: true } engine)
        {
            // Not awaited: the call goes on; a lost debug message only costs the message.
            _ = engine.LogAsync(LogSeverity.Debug, line, OperationScope.Urn).ContinueWith(
                t => t.Exception?.Handle(_ => true), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
