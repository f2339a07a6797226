using System.Collections.Concurrent;
using System.Globalization;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Fakes;

/// <summary>A widget as the fake cloud stores it: the inputs it was given, its status and when it was made.</summary>
internal sealed record WidgetRecord(string Id, PropertyMap Inputs, string Status, string CreateTime);

/// <summary>
/// The in-memory "cloud" behind the test resource. It counts calls (so a test can prove preview made none), can
/// fail a start after creating, and can hold a call until its cancellation token fires.
/// </summary>
internal sealed class WidgetCloud
{
    private readonly ConcurrentDictionary<string, WidgetRecord> _widgets = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private int _creates;
    private int _updates;
    private int _deletes;
    private int _reads;
    private int _cancelledCalls;

    public int Creates => _creates;

    public int Updates => _updates;

    public int Deletes => _deletes;

    public int Reads => _reads;

    /// <summary>How many held calls saw their cancellation token fire.</summary>
    public int CancelledCalls => _cancelledCalls;

    /// <summary>When set, the next create makes the widget and then fails to start it with this reason.</summary>
    public string? FailStartReason { get; set; }

    /// <summary>When true, creates wait until their token fires (or <see cref="Release"/>).</summary>
    public bool HoldCalls { get; set; }

    /// <summary>Completes when a held call has started waiting.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public WidgetRecord? Find(string id) => _widgets.GetValueOrDefault(id);

    /// <summary>Changes a widget's status behind the provider's back, as the real job state machine would.</summary>
    public void SetStatus(string id, string status) => _widgets[id] = _widgets[id] with { Status = status };

    public void Vanish(string id) => _widgets.TryRemove(id, out _);

    public WidgetRecord Put(PropertyMap inputs, string status, DateTimeOffset now)
    {
        var id = "w-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var record = new WidgetRecord(id, inputs, status, now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        _widgets[id] = record;
        return record;
    }

    public async Task<WidgetRecord> CreateAsync(PropertyMap inputs, string status, DateTimeOffset now, CancellationToken ct)
    {
        Interlocked.Increment(ref _creates);
        await HoldIfAskedAsync(ct);
        return Put(inputs, status, now);
    }

    public Task<WidgetRecord?> GetAsync(string id, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _reads);
        return Task.FromResult(Find(id));
    }

    /// <summary>Every widget, oldest first; a prefix starting "reject" fails quoting it, "gone" is not found.</summary>
    public Task<IReadOnlyList<WidgetRecord>> ListAsync(string? namePrefix, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _reads);
        if (namePrefix == "gone")
        {
            throw AlicloudLive.Framework.Definitions.ProviderException.NotFound("the widget shelf 'gone' does not exist");
        }

        if (namePrefix?.StartsWith("reject", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"the widget cloud rejected the prefix '{namePrefix}'");
        }

        IReadOnlyList<WidgetRecord> all = _widgets.Values.OrderBy(w => int.Parse(w.Id[2..], CultureInfo.InvariantCulture)).ToList();
        return Task.FromResult(all);
    }

    public Task<WidgetRecord> UpdateAsync(string id, PropertyMap inputs, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _updates);
        var updated = _widgets[id] with { Inputs = inputs };
        _widgets[id] = updated;
        return Task.FromResult(updated);
    }

    public Task DeleteAsync(string id, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _deletes);
        _widgets.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    private async Task HoldIfAskedAsync(CancellationToken ct)
    {
        if (!HoldCalls)
        {
            return;
        }

        _entered.TrySetResult();
        try
        {
            await _released.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelledCalls);
            throw;
        }
    }
}
