namespace AlicloudLive.Emulator.State;

/// <summary>An edge job's Status; GetEdgeTranscodeJob answers the value as a string ("0", "1").</summary>
public enum EdgeJobStatus
{
    NotStarted = 0,
    Running = 1,
}
