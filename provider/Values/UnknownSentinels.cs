namespace AlicloudLive.Values;

/// <summary>The strings the engine uses for unknown values, one per <see cref="UnknownKind"/>.</summary>
public static class UnknownSentinels
{
    private static readonly Dictionary<UnknownKind, string> ByKind = new()
    {
        [UnknownKind.Generic] = "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        [UnknownKind.Bool] = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
        [UnknownKind.Number] = "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        [UnknownKind.Array] = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        [UnknownKind.Asset] = "030794c1-ac77-496b-92df-f27374a8bd58",
        [UnknownKind.Archive] = "e48ece36-62e2-4504-bad9-02848725956a",
        [UnknownKind.Object] = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    };

    private static readonly Dictionary<string, UnknownKind> BySentinel =
        ByKind.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string For(UnknownKind kind) =>
        ByKind.TryGetValue(kind, out var sentinel) ? sentinel : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an unknown kind");

    public static bool TryParse(string text, out UnknownKind kind) => BySentinel.TryGetValue(text, out kind);
}
