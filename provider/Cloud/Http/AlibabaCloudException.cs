using System.Globalization;

namespace AlicloudLive.Cloud;

/// <summary>A failed Alibaba Cloud call: what was called, what the service said, and whether it may have been applied.</summary>
public sealed class AlibabaCloudException : Exception
{
    public AlibabaCloudException()
        : this("unknown", null, "Unknown", "unknown error", null, CloudErrorKind.Client, false)
    {
    }

    public AlibabaCloudException(string message)
        : this("unknown", null, "Unknown", message, null, CloudErrorKind.Client, false)
    {
    }

    public AlibabaCloudException(string message, Exception innerException)
        : this("unknown", null, "Unknown", message, null, CloudErrorKind.Client, false, innerException)
    {
    }

    public AlibabaCloudException(
        string operation,
        int? httpStatus,
        string code,
        string cloudMessage,
        string? requestId,
        CloudErrorKind kind,
        bool outcomeUnknown,
        Exception? innerException = null)
        : base(Format(operation, httpStatus, code, cloudMessage, requestId), innerException)
    {
        Operation = operation;
        HttpStatus = httpStatus;
        Code = code;
        CloudMessage = cloudMessage;
        RequestId = requestId;
        Kind = kind;
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>The API action, e.g. CreateLivePullToPush.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>The service's error code (e.g. InvalidParameter), or one of ours: Network, Timeout, InvalidResponse, RetCode&lt;n&gt;.</summary>
    public string Code { get; }

    /// <summary>The service's message (or ours for network failures).</summary>
    public string CloudMessage { get; }

    public string? RequestId { get; }

    /// <summary>How RAM names the permission for this call: ICE's actions under <c>ice:</c>, Live's under <c>live:</c>.</summary>
    public string RamAction => (Ice.IceOperations.Actions.Contains(Operation) ? "ice:" : "live:") + Operation;

    public CloudErrorKind Kind { get; }

    /// <summary>
    /// True when a non-idempotent call (a create) may have been applied although it failed: the request was sent and
    /// the answer was a 5xx, a timeout or a broken connection. Look the object up before trying again.
    /// </summary>
    public bool OutcomeUnknown { get; }

    private static string Format(string operation, int? httpStatus, string code, string message, string? requestId)
    {
        var status = httpStatus is null ? "no HTTP response" : "HTTP " + httpStatus.Value.ToString(CultureInfo.InvariantCulture);
        var request = requestId is null ? "" : ", RequestId " + requestId;
        return $"{operation} failed: {code}: {message} ({status}{request})";
    }
}
