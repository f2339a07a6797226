using AlicloudLive.Values;
using Grpc.Core;

namespace AlicloudLive.Framework.Definitions;

/// <summary>
/// An error that reaches the engine with a chosen gRPC status and a message written for the user. Resource code
/// raises it through the named factories, which say what went wrong rather than which status carries it.
/// </summary>
public sealed class ProviderException : Exception
{
    private ProviderException(StatusCode code, string message, Exception? inner)
        : base(message, inner) => Code = code;

    public StatusCode Code { get; }

    /// <summary>The user's input (or configuration) cannot be used; nothing was changed.</summary>
    public static ProviderException InvalidArgument(string message, Exception? inner = null) => new(StatusCode.InvalidArgument, message, inner);

    /// <summary>What a lookup asked for does not exist.</summary>
    public static ProviderException NotFound(string message, Exception? inner = null) => new(StatusCode.NotFound, message, inner);

    /// <summary>An object the operation would make exists already; nothing was changed.</summary>
    public static ProviderException AlreadyExists(string message, Exception? inner = null) => new(StatusCode.AlreadyExists, message, inner);

    /// <summary>The cloud refused the operation in its current state; nothing was changed.</summary>
    public static ProviderException Refused(string message, Exception? inner = null) => new(StatusCode.FailedPrecondition, message, inner);

    /// <summary>The resource changed state since the preview: the planned update is no longer valid.</summary>
    public static ProviderException StateChanged(string message) =>
        Refused(message + "; run `pulumi up` again to plan against the current state");

    /// <summary>The operation may or may not have been applied: the engine marks the run as possibly incomplete.</summary>
    public static ProviderException OutcomeUnknown(string message, Exception? inner = null) => new(StatusCode.Unknown, message, inner);

    /// <summary>The cloud cannot answer now (throttled, overloaded, unreachable); nothing was changed.</summary>
    public static ProviderException Unavailable(string message, Exception? inner = null) => new(StatusCode.Unavailable, message, inner);

    /// <summary>The cloud did not answer in time; nothing was changed.</summary>
    public static ProviderException TimedOut(string message, Exception? inner = null) => new(StatusCode.DeadlineExceeded, message, inner);

    /// <summary>The credentials are wrong or lack a permission.</summary>
    public static ProviderException PermissionDenied(string message, Exception? inner = null) => new(StatusCode.PermissionDenied, message, inner);

    /// <summary>The same error, its message after <paramref name="context"/> (what led to it).</summary>
    public ProviderException After(string context) => new(Code, context + Message, this);

    /// <summary>A listing is larger than the provider reads.</summary>
    public static ProviderException OutOfRange(string message, Exception? inner = null) => new(StatusCode.OutOfRange, message, inner);
}

/// <summary>
/// The cloud object exists but the operation did not finish (e.g. created, then Start failed). The engine records
/// the id and outputs so nothing is orphaned, and prints the reasons.
/// </summary>
public sealed class ResourceInitFailedException(string id, PropertyMap outputs, IReadOnlyList<string> reasons, Exception? inner = null)
    : Exception(string.Join("; ", reasons), inner)
{
    public string Id { get; } = id;

    public PropertyMap Outputs { get; } = outputs;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>Required provider configuration is missing (Configure answers with ConfigureErrorMissingKeys).</summary>
public sealed class MissingConfigurationException(IReadOnlyList<MissingConfigKey> keys)
    : Exception("missing required configuration: " + string.Join(", ", keys.Select(k => k.Name)))
{
    public IReadOnlyList<MissingConfigKey> Keys { get; } = keys;
}

/// <summary>A missing key, e.g. <c>alicloud-live:accessKey</c>, with how to set it.</summary>
public sealed record MissingConfigKey(string Name, string Description);
