using AlicloudLive.Framework.Definitions;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

/// <summary>Turns what resource code throws into the status the engine understands (docs/protocol.md, "Errors").</summary>
internal static class ErrorMapping
{
    public static GrpcException ToGrpc(
        Exception error,
        string operation,
        string urn,
        Func<Exception, ProviderException?> translate,
        Func<PropertyMap, PropertyMap> secure,
        PropertyMap inputs,
        bool refreshBeforeUpdate,
        bool engineCancelled)
    {
        switch (error)
        {
            case GrpcException grpc:
                return grpc;
            case ResourceInitFailedException init:
                var details = new ErrorResourceInitFailed
                {
                    Id = init.Id,
                    Properties = StructCodec.Encode(secure(init.Outputs)),
                    Inputs = StructCodec.Encode(inputs),
                    RefreshBeforeUpdate = refreshBeforeUpdate,
                };
                details.Reasons.AddRange(init.Reasons);
                return new GrpcException(StatusCode.Unknown, $"{operation} of {urn} partially failed: {init.Message}", [Any.Pack(details)]);
            case ProviderException provider:
                return new GrpcException(provider.Code, provider.Message);
            case PropertyValueFormatException format:
                return new GrpcException(StatusCode.InvalidArgument, $"{operation}: malformed property value: {format.Message}");
            case OperationCanceledException when engineCancelled:
                return new GrpcException(StatusCode.Cancelled, $"{operation} of {urn} was cancelled by the engine before it finished");
            case OperationCanceledException:
                return new GrpcException(StatusCode.DeadlineExceeded, $"{operation} of {urn} timed out before it finished");
        }

        return translate(error) is { } translated
            ? new GrpcException(translated.Code, translated.Message)
            : new GrpcException(StatusCode.Unknown, $"{operation} of {urn} failed: {error.Message}");
    }
}
