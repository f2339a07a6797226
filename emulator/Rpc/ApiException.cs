namespace AlicloudLive.Emulator.Rpc;

/// <summary>An error answered to the client in the Alibaba shape: HTTP status, Code and Message.</summary>
public sealed class ApiException : Exception
{
    public ApiException(int httpStatus, string code, string message)
        : base(message)
    {
        HttpStatus = httpStatus;
        Code = code;
    }

    public int HttpStatus { get; }

    public string Code { get; }

    public static ApiException Missing(string name) =>
        new(400, "MissingParameter", $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.");

    public static ApiException Invalid(string name, string why) =>
        new(400, "InvalidParameter", $"The parameter \"{name}\" is invalid: {why}");

    public static ApiException Denied(string why) => new(403, "OperationDenied", why);

    /// <summary>
    /// The emulator's choice for an ICE job in the wrong state: no ICE page names a code for it, and the one code ICE
    /// pages do list, 403 OperationDenied, means the service is not enabled — a permission error, not a state.
    /// </summary>
    public static ApiException WrongState(string why) => new(409, "IncorrectJobStatus", why);
}
