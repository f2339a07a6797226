namespace AlicloudLive.Rpc;

internal static class GrpcLimits
{
    /// <summary>The engine's own limit (pulumi/pulumi rpcutil.MaxRPCMessageSize): 64 MiB either way.</summary>
    public const int MaxMessageSize = 64 * 1024 * 1024;
}
