using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace AlicloudLive.Rpc;

/// <summary>A unary method of a served service and the handler mapped to it.</summary>
internal abstract class Route
{
    /// <summary>A default handler (the health check) gives way to a mapped one.</summary>
    public abstract bool IsDefault { get; }

    public abstract void Bind(ServiceMethodProviderContext<RoutedService> context, CallRunner runner);

    /// <summary>The route for <paramref name="method"/>, whose request and response must be the handler's types.</summary>
    public static Route For<TRequest, TResponse>(
        MethodDescriptor method,
        MessageParser<TRequest> requestParser,
        Func<TRequest, CancellationToken, Task<TResponse>> handler,
        bool isDefault)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        if (method.InputType.ClrType != typeof(TRequest) || method.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException(
                $"/{method.Service.FullName}/{method.Name} takes {method.InputType.ClrType.Name} and returns {method.OutputType.ClrType.Name}",
                nameof(handler));
        }

        var definition = new Method<TRequest, TResponse>(
            MethodType.Unary,
            method.Service.FullName,
            method.Name,
            ProtobufMarshallers.Request(requestParser),
            ProtobufMarshallers.Response((MessageParser<TResponse>)method.OutputType.Parser));
        return new Route<TRequest, TResponse>(definition, handler, isDefault);
    }
}

internal sealed class Route<TRequest, TResponse>(
    Method<TRequest, TResponse> method, Func<TRequest, CancellationToken, Task<TResponse>> handler, bool isDefault) : Route
    where TRequest : class
    where TResponse : class
{
    public override bool IsDefault => isDefault;

    public override void Bind(ServiceMethodProviderContext<RoutedService> context, CallRunner runner) =>
        context.AddUnaryMethod(method, [], (_, request, call) => runner.RunAsync(method.FullName, handler, request, call));
}

/// <summary>
/// Protobuf marshallers as the generated code makes them (buffer writer out, read-only sequence in), with a request
/// that does not parse turned into INVALID_ARGUMENT instead of the stack's generic failure.
/// </summary>
internal static class ProtobufMarshallers
{
    /// <summary>Google.Protobuf's default recursion limit; a Struct level costs three (Struct, map entry, Value).</summary>
    private const int NestingLimit = 100;

    public static Marshaller<T> Request<T>(MessageParser<T> parser)
        where T : IMessage<T> => new(Serialize, context =>
        {
            try
            {
                return parser.ParseFrom(context.PayloadAsReadOnlySequence());
            }
            catch (InvalidProtocolBufferException e) when (e.Message.Contains("levels of nesting", StringComparison.Ordinal))
            {
                // Protobuf's own text ("May be malicious. Use CodedInputStream.SetRecursionLimit()") addresses a programmer.
                throw new RpcException(new Status(
                    StatusCode.InvalidArgument,
                    $"the request nests values deeper than the limit of {NestingLimit} protobuf message levels (about 33 levels of nested objects or lists)"));
            }
            catch (InvalidProtocolBufferException e)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"request message does not parse: {e.Message}"));
            }
        });

    public static Marshaller<T> Response<T>(MessageParser<T> parser)
        where T : IMessage<T> => new(Serialize, context => parser.ParseFrom(context.PayloadAsReadOnlySequence()));

    private static void Serialize<T>(T message, SerializationContext context)
        where T : IMessage<T>
    {
        context.SetPayloadLength(message.CalculateSize());
        message.WriteTo(context.GetBufferWriter());
        context.Complete();
    }
}
