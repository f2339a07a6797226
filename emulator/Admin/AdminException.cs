namespace AlicloudLive.Emulator.Admin;

/// <summary>An admin request that cannot be served, with the HTTP status to answer.</summary>
public sealed class AdminException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
