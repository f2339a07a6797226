using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using Grpc.Core;

namespace AlicloudLive.Reliability.Tests.StateIntegrity;

/// <summary>
/// Why the cloud refuses every call after the object was created: the key, its permissions, or the service itself.
/// None of them says anything about the object, so none may drop it from the state.
/// </summary>
public sealed record AccessCause(string Name, string Code, StatusCode Status, string? Advice, Func<EmulatorProcess, Task> ArmAsync, string? WrongSecret = null)
{
    public static readonly IReadOnlyList<AccessCause> All =
    [
        new("wrong secret key", "SignatureDoesNotMatch", StatusCode.PermissionDenied, "the access key was rejected", _ => Task.CompletedTask, WrongSecret: "not-the-secret"),
        new("RAM permission revoked (403 Forbidden on every call)", "Forbidden", StatusCode.PermissionDenied, "check the RAM permission ",
            e => e.DenyAsync("*", "Forbidden")),
        new("RAM permission revoked (403 OperationDenied on every call)", "OperationDenied", StatusCode.PermissionDenied, "check the RAM permission ",
            e => e.DenyAsync("*", "OperationDenied")),
        new("access key deleted (404 InvalidAccessKeyId.NotFound)", "InvalidAccessKeyId.NotFound", StatusCode.PermissionDenied, "the access key was rejected",
            e => e.DeleteAccessKeyAsync()),
        new("5xx on every call", "InternalError", StatusCode.Unavailable, null,
            e => e.InjectFaultAsync("*", "error", count: 1000, code: "InternalError", httpStatus: 500)),
        new("throttling on every call", "Throttling.User", StatusCode.Unavailable, null, e => e.InjectFaultAsync("*", "throttle", count: 1000)),
    ];

    public override string ToString() => Name;
}
