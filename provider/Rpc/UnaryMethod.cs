using Google.Protobuf;

namespace AlicloudLive.Rpc;

/// <summary>One mapped method with its types erased: parse the request bytes, then run the handler.</summary>
internal sealed class UnaryMethod(
    Func<byte[], IMessage> parse,
    Func<IMessage, GrpcCallContext, Task<IMessage>> invoke)
{
    public IMessage Parse(byte[] payload) => parse(payload);

    public Task<IMessage> InvokeAsync(IMessage request, GrpcCallContext context) => invoke(request, context);
}
