namespace AlicloudLive.Emulator.State;

/// <summary>Everything the emulator remembers (what --state-file persists), including the clock offset.</summary>
public sealed class EmulatorState
{
    /// <summary>Emulated now = real now + this offset.</summary>
    public TimeSpan ClockOffset { get; set; }

    public List<IceJob> LiveTranscodeJobs { get; init; } = [];

    public List<PullToPushTask> PullToPushTasks { get; init; } = [];

    public List<RecordVodConfig> RecordVodConfigs { get; init; } = [];

    public List<EdgeJob> EdgeTranscodeJobs { get; init; } = [];

    /// <summary>Drops tasks whose EndTime has passed: the service deletes them automatically.</summary>
    public void RemoveEnded(DateTimeOffset now) => PullToPushTasks.RemoveAll(t => !t.Exists(now));
}
