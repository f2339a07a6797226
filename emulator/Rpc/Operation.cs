using System.Text.Json.Nodes;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>
/// What an operation handler sees: the parameters, the state (already locked), the emulated now, and the endpoint (the
/// Host the request was sent to: regional services keep their objects per endpoint).
/// </summary>
public sealed record OperationContext(RpcParameters Parameters, EmulatorState State, DateTimeOffset Now, Seed Seed, string Endpoint = "");

/// <summary>
/// One API operation: Action + Version pick it; Mutates says whether it runs under a write (persisted);
/// Limit is its documented QPS limit (null = none); Method is the HTTP method the official SDKs send it with.
/// The handler returns the response body without RequestId.
/// </summary>
public sealed record Operation(string Action, string Version, bool Mutates, RateLimit? Limit, Func<OperationContext, JsonObject> Handle, string Method = "POST");

/// <summary>The API versions of the two products.</summary>
public static class ApiVersions
{
    public const string Ice = "2020-11-09";
    public const string Live = "2016-11-01";
}
