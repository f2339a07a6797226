using AlicloudLive.Framework.Definitions;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Framework.Hosting;

/// <summary>
/// Turns what resource code throws into the status the engine understands (docs/protocol.md, "Errors"): the one
/// place where an error becomes a gRPC status. Cloud errors arrive here already translated by the provider into a
/// <see cref="ProviderException"/>.
/// </summary>
internal static class ErrorMapping
{
    public static RpcException ToGrpc(
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
            case RpcException grpc:
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
                return StatusDetails.Error(StatusCode.Unknown, $"{operation} of {urn} partially failed: {init.Message}", [Any.Pack(details)]);
            case ProviderException provider:
                return ToStatus(provider);
            case PropertyValueFormatException format:
                return StatusDetails.Error(StatusCode.InvalidArgument, $"{operation}: malformed property value: {format.Message}");
            case OperationCanceledException when engineCancelled:
                return StatusDetails.Error(StatusCode.Cancelled, $"{operation} of {urn} was cancelled by the engine before it finished");
            case OperationCanceledException:
                return StatusDetails.Error(StatusCode.DeadlineExceeded, $"{operation} of {urn} timed out before it finished");
        }

        return translate(error) is { } translated
            ? ToStatus(translated)
            : StatusDetails.Error(StatusCode.Unknown, $"{operation} of {urn} failed: {error.Message}");
    }

    public static RpcException ToStatus(ProviderException error) => StatusDetails.Error(error.Code, error.Message);
}
