namespace AlicloudLive.Rpc;

internal static class GrpcLimits
{
    /// <summary>
    /// The engine's own limit, either way: its gRPC channels to plugins raise the default 4 MiB to 400 MiB (pulumi/pulumi
    /// rpcutil's maxRPCMessageSize), so a large state or schema the engine sends must fit ours too.
    /// </summary>
    public const int MaxMessageSize = 400 * 1024 * 1024;
}
