using AlicloudLive.Framework.Definitions;

namespace AlicloudLive.Resources.Common;

/// <summary>One page of a cloud list: the total the cloud reports and the items on the page.</summary>
internal sealed record Page<T>(int Total, IReadOnlyList<T> Items);

/// <summary>Reads every page of a cloud list for a lookup, bounded so a runaway listing cannot hang a deployment.</summary>
internal static class Pages
{
    /// <summary>The largest page every list operation the lookups use accepts.</summary>
    public const int Size = 100;

    /// <summary>More than this many matches is an error: a lookup is for finding things, not for dumping an account.</summary>
    public const int MaxItems = 5000;

    /// <summary>
    /// Pages are numbered from 1. Stops at a short page, an empty one, or once the reported total is read; throws
    /// naming <paramref name="operation"/> when more than <paramref name="maxItems"/> would be read.
    /// </summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(string operation, Func<int, Task<Page<T>>> fetch, int maxItems = MaxItems)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var page = await fetch(number);
            all.AddRange(page.Items);
            if (page.Items.Count < Size || all.Count >= page.Total)
            {
                return all;
            }

            if (all.Count >= maxItems)
            {
                throw ProviderException.OutOfRange($"{operation} matches more than {maxItems} items ({page.Total} reported); narrow the lookup with its filters");
            }
        }
    }
}
