using AlicloudLive.Emulator.Rpc;

namespace AlicloudLive.Emulator.Products;

/// <summary>The SortBy parameter of the list operations: by creation time, descending unless "asc".</summary>
public static class SortOrder
{
    public static IEnumerable<T> ByCreateTime<T>(RpcParameters p, IEnumerable<T> items, Func<T, DateTimeOffset> createTime) =>
        p.Optional("SortBy") is { } sort && sort.Equals("asc", StringComparison.OrdinalIgnoreCase)
            ? items.OrderBy(createTime)
            : items.OrderByDescending(createTime);
}
