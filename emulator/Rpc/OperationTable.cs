namespace AlicloudLive.Emulator.Rpc;

/// <summary>Every operation the emulator serves, looked up by Action and checked against Version.</summary>
public sealed class OperationTable
{
    private readonly Dictionary<string, Operation> _byAction;

    public OperationTable(IEnumerable<Operation> operations) =>
        _byAction = operations.ToDictionary(o => o.Action, StringComparer.Ordinal);

    public Operation Resolve(string? action, string? version)
    {
        if (string.IsNullOrEmpty(action))
        {
            throw ApiException.Missing("Action");
        }

        if (!_byAction.TryGetValue(action, out var operation))
        {
            throw new ApiException(400, "InvalidAction.NotFound", $"Specified api \"{action}\" is not found, please check your url and method.");
        }

        return version == operation.Version
            ? operation
            : throw new ApiException(400, "InvalidVersion", $"Specified parameter Version \"{version}\" is not valid for {action}; use {operation.Version}.");
    }
}
