namespace AlicloudLive.Cloud.Tests.Contract;

/// <summary>
/// One client operation called with every field the client models set. <see cref="NotSent"/> lists the contract's
/// parameters the client deliberately never sends, so a parameter the contract gains later fails the test until decided.
/// </summary>
public sealed record ContractCase(string Action, Func<AlibabaCloudClient, Task> Call, params string[] NotSent)
{
    public override string ToString() => Action;
}
