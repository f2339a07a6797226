namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// The URN of the resource operation running on the current async flow, so diagnostics raised deep inside a cloud
/// call (a retry, a throttle) can be shown under the resource it belongs to. Null outside resource operations.
/// </summary>
public static class OperationScope
{
    private static readonly AsyncLocal<string?> CurrentUrn = new();

    public static string? Urn => CurrentUrn.Value;

    /// <summary>Set inside an async method: the value flows into what it awaits and ends with the method.</summary>
    internal static void Enter(string urn) => CurrentUrn.Value = urn;
}
