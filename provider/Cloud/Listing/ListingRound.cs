namespace AlicloudLive.Cloud.Listing;

/// <summary>A read waiting for its round's listing; its result is the object as listed, or null when it was not listed.</summary>
internal sealed record PendingRead<TItem>(string Id, CancellationToken Token)
    where TItem : class
{
    public TaskCompletionSource<TItem?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// One round's listing: the reads still unanswered, the pages read, and which page to read next. Pages where the
/// round's objects were last seen come first (a refresh at bounded parallelism reads objects in about the list's
/// order, round after round); otherwise pages are walked from the first while one can answer more reads than reading
/// them one by one would cost. Any page read after the round began is fresh enough for every read in it.
/// </summary>
internal sealed class ListingRound<TItem>
    where TItem : class
{
    /// <summary>The largest page every list operation used here allows.</summary>
    public const int PageSize = 100;

    private readonly Dictionary<string, List<PendingRead<TItem>>> _missing;
    private readonly Dictionary<string, int> _lastSeenOn;
    private readonly ItemReading _reading;
    private readonly HashSet<int> _read = [];
    private int? _pages;

    /// <param name="reads">The round's reads.</param>
    /// <param name="lastSeenOn">The scope's page per object id as earlier rounds saw it; this round updates it.</param>
    /// <param name="reading">How a listed item is read.</param>
    public ListingRound(IEnumerable<PendingRead<TItem>> reads, Dictionary<string, int> lastSeenOn, ItemReading reading)
    {
        _missing = reads.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _lastSeenOn = lastSeenOn;
        _reading = reading;
    }

    /// <summary>A listed item's id, and whether it carries everything the single read answers.</summary>
    public sealed record ItemReading(Func<TItem, string> Id, Func<TItem, bool> StandsInForRead);

    /// <summary>
    /// The page worth a call: one where at least two missing objects were last seen; else the first unread page while
    /// more objects are missing than pages are left unread (fewer: single reads, one call each and certain, cost as
    /// much). Null when no page is worth it, which is always so for a lone read.
    /// </summary>
    public int? NextPage()
    {
        var hinted = _missing.Keys
            .Select(id => _lastSeenOn.GetValueOrDefault(id))
            .Where(IsUnread)
            .CountBy(page => page)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .FirstOrDefault();
        if (hinted.Value >= 2)
        {
            return hinted.Key;
        }

        if (_missing.Count < 2)
        {
            return null;
        }

        if (_pages is not { } pages)
        {
            return 1;
        }

        var unread = Enumerable.Range(1, pages).Where(IsUnread).ToList();
        return unread.Count > 0 && _missing.Count > unread.Count ? unread[0] : null;
    }

    /// <summary>Answers the reads whose objects <paramref name="page"/> shows, and remembers where it showed them.</summary>
    public void Answer(int page, ListedPage<TItem> answer)
    {
        _read.Add(page);
        _pages = (answer.Total + PageSize - 1) / PageSize;
        foreach (var item in answer.Items.Where(_reading.StandsInForRead))
        {
            var id = _reading.Id(item);
            _lastSeenOn[id] = page;
            if (_missing.Remove(id, out var reads))
            {
                reads.ForEach(r => r.Result.TrySetResult(item));
            }
        }

        foreach (var moved in _missing.Keys.Where(id => _lastSeenOn.GetValueOrDefault(id) == page))
        {
            _lastSeenOn.Remove(moved);
        }
    }

    /// <summary>Every read still unanswered gets null: its caller reads the object by id.</summary>
    public void LeaveTheRestToSingleReads()
    {
        foreach (var read in _missing.Values.SelectMany(r => r))
        {
            read.Result.TrySetResult(null);
        }
    }

    private bool IsUnread(int page) => page > 0 && !_read.Contains(page) && (_pages is null || page <= _pages);
}
