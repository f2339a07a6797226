namespace AlicloudLive.Emulator.Rpc.Signing;

/// <summary>Remembers signature nonces for the replay window so a captured request cannot be sent twice.</summary>
public sealed class NonceCache
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeSpan _window;

    public NonceCache(TimeSpan window) => _window = window;

    /// <summary>Records the nonce; false when it was already used within the window.</summary>
    public bool TryUse(string accessKeyId, string nonce, DateTimeOffset now)
    {
        lock (_seen)
        {
            foreach (var stale in _seen.Where(e => now - e.Value > _window).Select(e => e.Key).ToList())
            {
                _seen.Remove(stale);
            }

            return _seen.TryAdd(accessKeyId + "\n" + nonce, now);
        }
    }
}
