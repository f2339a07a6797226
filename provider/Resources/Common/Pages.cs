using AlicloudLive.Framework.Definitions;

namespace AlicloudLive.Resources.Common;

/// <summary>One page of a cloud list: the total the cloud reports and the items on the page.</summary>
internal sealed record Page<T>(int Total, IReadOnlyList<T> Items);

/// <summary>
/// The one page loop: every cloud list the provider reads (resources and lookups) goes through <see cref="EachAsync"/>,
/// with one page size and one stop rule.
/// </summary>
internal static class Pages
{
    /// <summary>The largest page every list operation the provider uses accepts.</summary>
    public const int Size = 100;

    /// <summary>More than this many matches is an error: a lookup is for finding things, not for dumping an account.</summary>
    public const int MaxItems = 5000;

    /// <summary>
    /// Pages numbered from 1, each with whether it is the last: a short (or empty) page is, and so is the page that
    /// completes the reported total.
    /// </summary>
    public static async IAsyncEnumerable<(Page<T> Page, bool Last)> EachAsync<T>(Func<int, Task<Page<T>>> fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var read = 0;
        for (var number = 1; ; number++)
        {
            var page = await fetch(number);
            read += page.Items.Count;
            var last = page.Items.Count < Size || read >= page.Total;
            yield return (page, last);
            if (last)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item, for a resource's own listings (by a key that matches few).</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(Func<int, Task<Page<T>>> fetch)
    {
        var all = new List<T>();
        await foreach (var (page, _) in EachAsync(fetch))
        {
            all.AddRange(page.Items);
        }

        return all;
    }

    /// <summary>
    /// Every item, for a lookup: throws naming <paramref name="operation"/> when more than <paramref name="maxItems"/>
    /// would be read.
    /// </summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(string operation, Func<int, Task<Page<T>>> fetch, int maxItems = MaxItems)
    {
        var all = new List<T>();
        await foreach (var (page, last) in EachAsync(fetch))
        {
            all.AddRange(page.Items);
            if (!last && all.Count >= maxItems)
            {
                throw ProviderException.OutOfRange($"{operation} matches more than {maxItems} items ({page.Total} reported); narrow the lookup with its filters");
            }
        }

        return all;
    }

    /// <summary>The first item <paramref name="match"/> accepts, reading no page after the one that holds it.</summary>
    public static async Task<T?> FirstAsync<T>(Func<int, Task<Page<T>>> fetch, Func<T, bool> match)
        where T : class
    {
        await foreach (var (page, _) in EachAsync(fetch))
        {
            if (page.Items.FirstOrDefault(match) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
