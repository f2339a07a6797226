using AlicloudLive.Values;

namespace AlicloudLive.Framework.Definitions;

/// <summary>Where a resource writes messages the user sees under its URN in `pulumi up`.</summary>
public interface IResourceLog
{
    Task InfoAsync(string message);

    Task WarningAsync(string message);
}

/// <summary>
/// Shared by every operation: the resource's URN and logical name, the clock, a token that fires on the
/// engine's Cancel or the operation's timeout, and the log. Property maps handed to resource code have secrets
/// revealed; the framework re-applies secrecy to what comes back.
/// </summary>
public abstract record OperationContext(string Urn, string Name, DateTimeOffset Now, IResourceLog Log, CancellationToken CancellationToken);

public sealed record CreateContext(string Urn, string Name, PropertyMap Inputs, DateTimeOffset Now, IResourceLog Log, CancellationToken CancellationToken)
    : OperationContext(Urn, Name, Now, Log, CancellationToken);

/// <summary>Refresh when <see cref="OldOutputs"/> is non-empty; import (by id alone) when it is empty.</summary>
public sealed record ReadContext(string Urn, string Name, string Id, PropertyMap OldOutputs, PropertyMap OldInputs, DateTimeOffset Now, IResourceLog Log, CancellationToken CancellationToken)
    : OperationContext(Urn, Name, Now, Log, CancellationToken)
{
    public bool IsImport => OldOutputs.Count == 0;
}

/// <summary><see cref="Current"/> is what the cloud says right now (read just before the update).</summary>
public sealed record UpdateContext(
    string Urn,
    string Name,
    string Id,
    PropertyMap Current,
    PropertyMap OldInputs,
    PropertyMap Inputs,
    IReadOnlyList<string> Changed,
    DateTimeOffset Now,
    IResourceLog Log,
    CancellationToken CancellationToken)
    : OperationContext(Urn, Name, Now, Log, CancellationToken);

public sealed record DeleteContext(string Urn, string Name, string Id, PropertyMap OldOutputs, PropertyMap OldInputs, DateTimeOffset Now, IResourceLog Log, CancellationToken CancellationToken)
    : OperationContext(Urn, Name, Now, Log, CancellationToken);

public sealed record CreateResult(string Id, PropertyMap Outputs);

/// <summary>
/// What Read found. <see cref="Inputs"/> are the inputs that would recreate it (import needs them); null means
/// "derive them from the outputs".
/// </summary>
public sealed record ReadResult(string Id, PropertyMap Outputs, PropertyMap? Inputs = null);
