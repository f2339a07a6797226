using AlicloudLive.Rpc;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>An error that reaches the engine with a chosen gRPC status and a message written for the user.</summary>
public class ProviderException(StatusCode code, string message, Exception? inner = null) : Exception(message, inner)
{
    public StatusCode Code { get; } = code;

    /// <summary>The resource changed state since the preview: the planned update is no longer valid.</summary>
    public static ProviderException StateChanged(string message) =>
        new(StatusCode.FailedPrecondition, message + "; run `pulumi up` again to plan against the current state");
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
