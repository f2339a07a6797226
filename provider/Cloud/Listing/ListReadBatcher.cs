namespace AlicloudLive.Cloud.Listing;

/// <summary>One page of a listing: the items on it, and how many the whole listing holds.</summary>
public sealed record ListedPage<TItem>(int Total, IReadOnlyList<TItem> Items);

/// <summary>
/// Coalesces concurrent reads of one kind of object onto the pages of its list operation: a page holds 100 objects for
/// one call, where a Get or Describe spends a call per object. Reads that arrive together form a round, per scope (what
/// the list call is bounded to: a region, a cluster); the round lists only after the last of them arrived, and a read
/// that arrives once a round is listing waits for the next round, so an answer is never older than its read. An object
/// the round did not see (a lone read, an object not on the pages read, an item that lacks what the single read
/// answers, a listing that failed) comes back null: its caller reads it by id as before. Which pages a round reads is
/// <see cref="ListingRound{TItem}"/>'s choice.
/// </summary>
public sealed class ListReadBatcher<TItem>
    where TItem : class
{
    /// <summary>A round starts listing once no read has joined for this long...</summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>...or once its first read has waited this long, whichever comes first.</summary>
    internal static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(500);

    private readonly Func<string, int, CancellationToken, Task<ListedPage<TItem>>> _readPage;
    private readonly ListingRound<TItem>.ItemReading _reading;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ScopeRounds> _scopes = new(StringComparer.Ordinal);

    /// <param name="readPage">Lists page N (1-based, <see cref="ListingRound{TItem}.PageSize"/> items) of a scope.</param>
    /// <param name="id">The id of a listed item.</param>
    /// <param name="standsInForRead">Whether a listed item carries everything the single read answers.</param>
    /// <param name="time">The clock the gathering window runs on.</param>
    internal ListReadBatcher(
        Func<string, int, CancellationToken, Task<ListedPage<TItem>>> readPage, Func<TItem, string> id, Func<TItem, bool> standsInForRead, TimeProvider time)
    {
        _readPage = readPage;
        _reading = new ListingRound<TItem>.ItemReading(id, standsInForRead);
        _time = time;
    }

    /// <summary>The object as the next listing of its scope shows it; null when that listing did not show it.</summary>
    public async Task<TItem?> FindAsync(string scope, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(id);
        var read = new PendingRead<TItem>(id, cancellationToken);
        ScopeRounds? rounds;
        bool start;
        lock (_scopes)
        {
            if (!_scopes.TryGetValue(scope, out rounds))
            {
                rounds = new ScopeRounds();
                _scopes[scope] = rounds;
            }

            start = rounds.Join(read, _time.GetTimestamp());
        }

        if (start)
        {
            _ = Task.Run(() => RunRoundsAsync(scope, rounds), CancellationToken.None);
        }

        return await read.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One round after another while reads keep arriving; the last round ends the worker.</summary>
    private async Task RunRoundsAsync(string scope, ScopeRounds rounds)
    {
        while (true)
        {
            TimeSpan wait;
            while ((wait = GatheringLeft(rounds)) > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time).ConfigureAwait(false);
            }

            List<PendingRead<TItem>> round;
            lock (_scopes)
            {
                round = rounds.TakeRound();
                if (round.Count == 0)
                {
                    return;
                }
            }

            await ListAsync(scope, rounds, round).ConfigureAwait(false);
        }
    }

    private TimeSpan GatheringLeft(ScopeRounds rounds)
    {
        lock (_scopes)
        {
            var now = _time.GetTimestamp();
            var quietLeft = Quiet - _time.GetElapsedTime(rounds.LastArrival, now);
            var gatherLeft = MaxGather - _time.GetElapsedTime(rounds.FirstArrival, now);
            return quietLeft < gatherLeft ? quietLeft : gatherLeft;
        }
    }

    private async Task ListAsync(string scope, ScopeRounds rounds, List<PendingRead<TItem>> reads)
    {
        var round = new ListingRound<TItem>(reads, rounds.LastSeenOn, _reading);
        try
        {
            using var abandoned = AbandonedWhenAllCancel(reads);
            while (!abandoned.Token.IsCancellationRequested && round.NextPage() is { } page)
            {
                round.Answer(page, await _readPage(scope, page, abandoned.Token).ConfigureAwait(false));
            }
        }
        catch (Exception)
        {
            // Whatever failed (the cloud, a cancelled round, an answer we cannot read), the reads it left unanswered are
            // read one by one, as without the listing, and report their own errors; the worker must live on.
        }
        finally
        {
            round.LeaveTheRestToSingleReads();
        }
    }

    /// <summary>A token that fires once every read of the round was cancelled: nobody waits for the listing then.</summary>
    private static RoundCancellation AbandonedWhenAllCancel(List<PendingRead<TItem>> round)
    {
        var source = new CancellationTokenSource();
        var waiting = round.Count;
        var registrations = round.Select(r => r.Token.Register(() =>
        {
            if (Interlocked.Decrement(ref waiting) == 0)
            {
                source.Cancel();
            }
        })).ToList();
        return new RoundCancellation(source, registrations);
    }

    /// <summary>The reads of one scope waiting for their round, and whether a worker is running rounds for them.</summary>
    private sealed class ScopeRounds
    {
        private List<PendingRead<TItem>> _pending = [];
        private bool _running;

        /// <summary>The page each object was last listed on; only the scope's worker touches it, one round at a time.</summary>
        public Dictionary<string, int> LastSeenOn { get; } = new(StringComparer.Ordinal);

        public long FirstArrival { get; private set; }

        public long LastArrival { get; private set; }

        /// <summary>Adds a read; true when no worker runs, so the caller must start one.</summary>
        public bool Join(PendingRead<TItem> read, long now)
        {
            if (_pending.Count == 0)
            {
                FirstArrival = now;
            }

            _pending.Add(read);
            LastArrival = now;
            var start = !_running;
            _running = true;
            return start;
        }

        /// <summary>Every read waiting now; none means the worker stops.</summary>
        public List<PendingRead<TItem>> TakeRound()
        {
            var round = _pending;
            _pending = [];
            _running = round.Count > 0;
            return round;
        }
    }

    private sealed class RoundCancellation(CancellationTokenSource source, List<CancellationTokenRegistration> registrations) : IDisposable
    {
        public CancellationToken Token => source.Token;

        public void Dispose()
        {
            registrations.ForEach(r => r.Dispose());
            source.Dispose();
        }
    }
}
