namespace AlicloudLive.Emulator.State;

/// <summary>
/// A pull-to-push task's TaskStatus; the values are what DescribeLivePullToPush answers. The cloud's −1 (exited) never
/// shows: the emulator removes a task when it ends.
/// </summary>
public enum PullToPushTaskStatus
{
    NotStarted = 0,
    Running = 1,
    Abnormal = 2,
    Stopped = 3,
}
