using Grpc.Net.Client;
using Pulumirpc;

namespace AlicloudLive.Rpc;

/// <summary>
/// A channel to the engine's ResourceMonitor (the address a ConstructRequest names) and the generated client over it,
/// with the engine's message limit. Failures surface as Grpc.Core's RpcException with the monitor's status.
/// </summary>
public sealed class ResourceMonitorConnection : IDisposable
{
    private readonly GrpcChannel _channel;

    public ResourceMonitorConnection(string address)
    {
        _channel = GrpcClient.Channel(address);
        Monitor = new ResourceMonitor.ResourceMonitorClient(_channel);
    }

    public ResourceMonitor.ResourceMonitorClient Monitor { get; }

    public void Dispose() => _channel.Dispose();
}
