using AlicloudLive.Emulator.Rpc;

namespace AlicloudLive.Emulator.Products;

/// <summary>Page number and size read from an operation's own parameter names, with its bounds.</summary>
public sealed record Paging(int Number, int Size)
{
    public static Paging Read(RpcParameters p, string numberName, string sizeName, int defaultSize, int minSize, int maxSize) =>
        new(p.OptionalInt(numberName, 1, int.MaxValue) ?? 1, p.OptionalInt(sizeName, minSize, maxSize) ?? defaultSize);

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip((Number - 1) * Size).Take(Size);
}
