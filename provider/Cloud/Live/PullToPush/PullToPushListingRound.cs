namespace AlicloudLive.Cloud.Live;

/// <summary>A read waiting for its round's listing; its result is the task as listed, or null when it was not listed.</summary>
internal sealed record PendingRead(string TaskId, CancellationToken Token)
{
    public TaskCompletionSource<PullToPushTask?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// One round's listing: the reads still unanswered, the pages read, and which page to read next. Pages where the
/// round's tasks were last seen come first (a refresh at bounded parallelism reads tasks in about the list's order,
/// round after round); otherwise pages are walked from the first while one can answer more reads than describing
/// them would cost. Any page read after the round began is fresh enough for every read in it, whatever its order.
/// </summary>
internal sealed class PullToPushListingRound
{
    public const int PageSize = 100;

    private readonly Dictionary<string, List<PendingRead>> _missing;
    private readonly Dictionary<string, int> _lastSeenOn;
    private readonly HashSet<int> _read = [];
    private int? _pages;

    /// <param name="reads">The round's reads.</param>
    /// <param name="lastSeenOn">The region's page per task id as earlier rounds saw it; this round updates it.</param>
    public PullToPushListingRound(IEnumerable<PendingRead> reads, Dictionary<string, int> lastSeenOn)
    {
        _missing = reads.GroupBy(r => r.TaskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _lastSeenOn = lastSeenOn;
    }

    /// <summary>
    /// The page worth a call: one where at least two missing tasks were last seen; else the first unread page while
    /// more tasks are missing than pages are left unread (fewer: Describe, one call each and certain, is as cheap).
    /// Null when no page is worth it, which is always so for a lone read.
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

    /// <summary>Answers the reads whose tasks <paramref name="page"/> shows, and remembers where it showed them.</summary>
    public void Answer(int page, DescribeLivePullToPushListResponse answer)
    {
        _read.Add(page);
        _pages = (answer.Total + PageSize - 1) / PageSize;
        foreach (var task in answer.Tasks.Where(t => t.CarriesDescribeFields))
        {
            _lastSeenOn[task.TaskId] = page;
            if (_missing.Remove(task.TaskId, out var reads))
            {
                reads.ForEach(r => r.Result.TrySetResult(task));
            }
        }

        foreach (var moved in _missing.Keys.Where(id => _lastSeenOn.GetValueOrDefault(id) == page))
        {
            _lastSeenOn.Remove(moved);
        }
    }

    /// <summary>Every read still unanswered gets null: its caller describes the task by id.</summary>
    public void LeaveTheRestToDescribe()
    {
        foreach (var read in _missing.Values.SelectMany(r => r))
        {
            read.Result.TrySetResult(null);
        }
    }

    private bool IsUnread(int page) => page > 0 && !_read.Contains(page) && (_pages is null || page <= _pages);
}
