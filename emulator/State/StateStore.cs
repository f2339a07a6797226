namespace AlicloudLive.Emulator.State;

/// <summary>
/// The single lock around all state. Reads see a consistent view at the emulated now; writes persist
/// to the state file (when configured) before the lock is released.
/// </summary>
public sealed class StateStore
{
    private readonly Lock _gate = new();
    private readonly StateFile? _file;
    private readonly TimeProvider _time;
    private EmulatorState _state;

    public StateStore(Seed seed, StateFile? file, TimeProvider time)
    {
        Seed = seed;
        _file = file;
        _time = time;
        _state = file?.LoadIfPresent() ?? new EmulatorState();
    }

    public Seed Seed { get; }

    public T Read<T>(Func<EmulatorState, DateTimeOffset, T> read)
    {
        lock (_gate)
        {
            return read(_state, Now());
        }
    }

    public T Write<T>(Func<EmulatorState, DateTimeOffset, T> write)
    {
        lock (_gate)
        {
            var now = Now();
            _state.RemoveEnded(now);
            try
            {
                return write(_state, now);
            }
            finally
            {
                // Saved even when the operation failed part-way, so the file never lags what clients observed.
                _file?.Save(_state);
            }
        }
    }

    /// <summary>Moves the emulated clock to what <paramref name="target"/> computes from the current emulated now.</summary>
    public DateTimeOffset SetClock(Func<DateTimeOffset, DateTimeOffset> target) => Write((state, now) =>
    {
        var next = target(now);
        state.ClockOffset += next - now;
        return next;
    });

    /// <summary>Forgets every object and the clock offset.</summary>
    public void Reset() => Write((s, _) => _state = new EmulatorState());

    private DateTimeOffset Now() => _time.GetUtcNow() + _state.ClockOffset;
}
