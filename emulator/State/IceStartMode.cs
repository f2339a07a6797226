namespace AlicloudLive.Emulator.State;

/// <summary>An ICE job's StartMode as SubmitLiveTranscodeJob takes it: at once, or at TimedConfig.StartTime.</summary>
public enum IceStartMode
{
    Immediate = 0,
    Timed = 1,
}
