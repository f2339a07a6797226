namespace AlicloudLive.Cloud.Live;

/// <summary>
/// Coalesces concurrent reads of pull-to-push tasks in one region onto DescribeLivePullToPushList pages: a page holds
/// 100 tasks for one call of the 10-per-second quota, where Describe spends a call per task. Reads that arrive together
/// form a round; the round lists only after the last of them arrived, and a read that arrives once a round is listing
/// waits for the next round, so an answer is never older than its read. A task the round did not see (a lone read,
/// a task not on the pages read, a listing that failed) comes back null: its caller describes it by id as before.
/// </summary>
public sealed class PullToPushListBatcher
{
    private const int PageSize = 100;

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
        var read = new Read(request.TaskId, cancellationToken);
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

            List<Read> round;
            lock (_regions)
            {
                round = rounds.TakeRound();
                if (round.Count == 0)
                {
                    return;
                }
            }

            await ListAsync(region, round).ConfigureAwait(false);
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

    /// <summary>
    /// Reads pages while a page can still answer more reads than describing them would cost: once no more tasks are
    /// missing than pages are left, Describe (one call each, and certain) is as cheap.
    /// </summary>
    private async Task ListAsync(string region, List<Read> round)
    {
        var missing = round.GroupBy(r => r.TaskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        using var abandoned = AbandonedWhenAllCancel(round);
        try
        {
            for (var page = 1; missing.Count > 1 && !abandoned.Token.IsCancellationRequested; page++)
            {
                var answer = await _list(new DescribeLivePullToPushListRequest(region) { PageNumber = page, PageSize = PageSize }, abandoned.Token)
                    .ConfigureAwait(false);
                foreach (var task in answer.Tasks.Where(t => t.CarriesDescribeFields))
                {
                    if (missing.Remove(task.TaskId, out var reads))
                    {
                        reads.ForEach(r => r.Result.TrySetResult(task));
                    }
                }

                var pagesLeft = ((answer.Total + PageSize - 1) / PageSize) - page;
                if (answer.Tasks.Count == 0 || missing.Count <= pagesLeft)
                {
                    break;
                }
            }
        }
        catch (Exception)
        {
            // Whatever failed (the cloud, a cancelled round, an answer we cannot read), the reads it left unanswered are
            // described one by one, as without the listing, and report their own errors.
        }
        finally
        {
            foreach (var read in missing.Values.SelectMany(r => r))
            {
                read.Result.TrySetResult(null);
            }
        }
    }

    /// <summary>A token that fires once every read of the round was cancelled: nobody waits for the listing then.</summary>
    private static RoundCancellation AbandonedWhenAllCancel(List<Read> round)
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

    private sealed record Read(string TaskId, CancellationToken Token)
    {
        public TaskCompletionSource<PullToPushTask?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The reads of one region waiting for their round, and whether a worker is running rounds for them.</summary>
    private sealed class RegionRounds
    {
        private List<Read> _pending = [];
        private bool _running;

        public long FirstArrival { get; private set; }

        public long LastArrival { get; private set; }

        /// <summary>Adds a read; true when no worker runs, so the caller must start one.</summary>
        public bool Join(Read read, long now)
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
        public List<Read> TakeRound()
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
