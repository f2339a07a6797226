using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>
/// Find-before-create for jobs the cloud lists by name (ICE and edge transcode jobs), written once. A job these
/// inputs would have made is refused (an interrupted `pulumi up` made it); the jobs listed before the call are
/// remembered, so a job found after a lost answer can only be ours. A resource says how to list, compare and send.
/// </summary>
internal abstract class JobCreation<TJob>(NameMatch name)
{
    protected NameMatch Name => name;

    /// <summary>Sends the create once (see <see cref="InterruptedCreates.SendAsync"/>) and returns the resource id.</summary>
    public async Task<string> RunAsync(InterruptedCreates creates, Func<string, PropertyMap> recorded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(creates);
        var listed = await ListAsync(name.Keyword, ct);
        if (listed.FirstOrDefault(WouldMake) is { } existing)
        {
            throw creates.AlreadyExists(IdOf(existing), Existing(existing));
        }

        var before = listed.Select(IdOf).ToHashSet();
        return await creates.SendAsync(SendAsync, async token => Created(await ListAsync(name.Name, token), before), recorded);
    }

    /// <summary>Every job the keyword (a name, a name fragment or a job id) matches.</summary>
    protected abstract Task<IReadOnlyList<TJob>> ListAsync(string keyword, CancellationToken ct);

    /// <summary>The resource id of a listed job.</summary>
    protected abstract string IdOf(TJob job);

    /// <summary>
    /// True when these inputs would have made <paramref name="job"/>. A replacement never matches the job it
    /// replaces: one of the compared fields is what forces it.
    /// </summary>
    protected abstract bool WouldMake(TJob job);

    /// <summary>Why an existing job is refused, e.g. "job j-1 named 'x' already has this templateId ...".</summary>
    protected abstract string Existing(TJob job);

    /// <summary>True when a job not listed before the call could be the one it made: named and templated like it.</summary>
    protected abstract bool LooksCreated(TJob job);

    /// <summary>The error when several such jobs appeared, naming them and how to adopt the right one.</summary>
    protected abstract string Ambiguous(IReadOnlyList<TJob> created);

    protected abstract Task<string> SendAsync(CancellationToken ct);

    private string? Created(IReadOnlyList<TJob> listed, HashSet<string> before)
    {
        var created = listed.Where(j => LooksCreated(j) && !before.Contains(IdOf(j))).ToList();
        return created.Count <= 1
            ? created.SingleOrDefault() is { } job ? IdOf(job) : null
            : throw ProviderException.OutcomeUnknown(Ambiguous(created));
    }
}
