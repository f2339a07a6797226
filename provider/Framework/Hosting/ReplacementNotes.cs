using System.Collections.Concurrent;

namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// Decides when Diff explains a replacement. A refresh runs Read and then an inverted Diff (olds and news swapped)
/// that replaces nothing: a Diff that follows a Read of its URN with no Check between explains nothing. (An `up`
/// always Checks before it Diffs, also after `--refresh`.) One run may diff the same change more than once; it is
/// explained once per URN. The plugin lives for one engine operation, so "once" is once per preview or update.
/// </summary>
internal sealed class ReplacementNotes
{
    private readonly ConcurrentDictionary<string, byte> _readSinceCheck = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _explained = new(StringComparer.Ordinal);

    public void Read(string urn) => _readSinceCheck[urn] = 0;

    public void Checked(string urn) => _readSinceCheck.TryRemove(urn, out _);

    /// <summary>True for the Diff a refresh runs after its Read: it compares two records of the object and plans nothing.</summary>
    public bool IsRefresh(string urn) => _readSinceCheck.ContainsKey(urn);

    /// <summary>True when this explanation is to be logged now (and records it as logged).</summary>
    public bool ShouldExplain(string urn, string message)
    {
        if (_readSinceCheck.ContainsKey(urn))
        {
            return false;
        }

        var previous = _explained.GetValueOrDefault(urn);
        _explained[urn] = message;
        return previous != message;
    }
}
