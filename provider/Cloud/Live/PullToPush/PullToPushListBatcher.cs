namespace AlicloudLive.Cloud.Live;

/// <summary>
/// Coalesces concurrent reads of pull-to-push tasks in one region onto DescribeLivePullToPushList pages: a page holds
/// 100 tasks for one call of the 10-per-second quota, where Describe spends a call per task. Reads that arrive together
/// form a round; the round lists only after the last of them arrived, and a read that arrives once a round is listing
/// waits for the next round, so an answer is never older than its read. A task the round did not see (a lone read,
/// a task not on the pages read, a listing that failed) comes back null: its caller describes it by id as before.
/// Which pages a round reads is <see cref="PullToPushListingRound"/>'s choice.
/// </summary>
public sealed class PullToPushListBatcher
{
    /// <summary>A round starts listing once no read has joined for this long...</summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>...or once its first read has waited this long, whichever comes first.</summary>
    internal static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(500);

    private readonly Func<DescribeLivePullToPushListRequest, CancellationToken, Task<DescribeLivePullToPushListResponse>> _list;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, RegionRounds> _regions = new(StringComparer.Ordinal);

    internal PullToPushListBatcher(
        Func<DescribeLivePullToPushListRequest, CancellationToken, Task<DescribeLivePullToPushListResponse>> list, TimeProvider time)
    {
        _list = list;
        _time = time;
    }

    /// <summary>The task as the next listing of its region shows it; null when that listing did not show it.</summary>
    public async Task<PullToPushTask?> FindAsync(PullToPushTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = new PendingRead(request.TaskId, cancellationToken);
        RegionRounds? rounds;
        bool start;
        lock (_regions)
        {
            if (!_regions.TryGetValue(request.Region, out rounds))
            {
                rounds = new RegionRounds();
                _regions[request.Region] = rounds;
            }

            start = rounds.Join(read, _time.GetTimestamp());
        }

        if (start)
        {
            _ = Task.Run(() => RunRoundsAsync(request.Region, rounds), CancellationToken.None);
        }

        return await read.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One round after another while reads keep arriving; the last round ends the worker.</summary>
    private async Task RunRoundsAsync(string region, RegionRounds rounds)
    {
        while (true)
        {
            TimeSpan wait;
            while ((wait = GatheringLeft(rounds)) > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time).ConfigureAwait(false);
            }

            List<PendingRead> round;
            lock (_regions)
            {
                round = rounds.TakeRound();
                if (round.Count == 0)
                {
                    return;
                }
            }

            await ListAsync(region, rounds, round).ConfigureAwait(false);
        }
    }

    private TimeSpan GatheringLeft(RegionRounds rounds)
    {
        lock (_regions)
        {
            var now = _time.GetTimestamp();
            var quietLeft = Quiet - _time.GetElapsedTime(rounds.LastArrival, now);
            var gatherLeft = MaxGather - _time.GetElapsedTime(rounds.FirstArrival, now);
            return quietLeft < gatherLeft ? quietLeft : gatherLeft;
        }
    }

    private async Task ListAsync(string region, RegionRounds rounds, List<PendingRead> reads)
    {
        var round = new PullToPushListingRound(reads, rounds.LastSeenOn);
        try
        {
            using var abandoned = AbandonedWhenAllCancel(reads);
            while (!abandoned.Token.IsCancellationRequested && round.NextPage() is { } page)
            {
                var request = new DescribeLivePullToPushListRequest(region) { PageNumber = page, PageSize = PullToPushListingRound.PageSize };
                round.Answer(page, await _list(request, abandoned.Token).ConfigureAwait(false));
            }
        }
        catch (Exception)
        {
            // Whatever failed (the cloud, a cancelled round, an answer we cannot read), the reads it left unanswered are
            // described one by one, as without the listing, and report their own errors; the worker must live on.
        }
        finally
        {
            round.LeaveTheRestToDescribe();
        }
    }

    /// <summary>A token that fires once every read of the round was cancelled: nobody waits for the listing then.</summary>
    private static RoundCancellation AbandonedWhenAllCancel(List<PendingRead> round)
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

    /// <summary>The reads of one region waiting for their round, and whether a worker is running rounds for them.</summary>
    private sealed class RegionRounds
    {
        private List<PendingRead> _pending = [];
        private bool _running;

        /// <summary>The page each task was last listed on; only the region's worker touches it, one round at a time.</summary>
        public Dictionary<string, int> LastSeenOn { get; } = new(StringComparer.Ordinal);

        public long FirstArrival { get; private set; }

        public long LastArrival { get; private set; }

        /// <summary>Adds a read; true when no worker runs, so the caller must start one.</summary>
        public bool Join(PendingRead read, long now)
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
        public List<PendingRead> TakeRound()
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
