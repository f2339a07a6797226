namespace AlicloudLive.Emulator.State;

/// <summary>An ICE live transcode job's Status; the values are what GetLiveTranscodeJob answers.</summary>
public enum IceJobStatus
{
    NotStarted = 0,
    Running = 1,
    Stopped = 2,
}
