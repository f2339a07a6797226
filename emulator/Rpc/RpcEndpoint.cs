using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Faults;
using AlicloudLive.Emulator.Rpc.Signing;
using AlicloudLive.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Rpc;

/// <summary>
/// The RPC entry point at "/": verify the key and signature, pick the operation, check its permission, apply an injected fault,
/// enforce the QPS limit, run the operation against the state, and answer in the service's shape.
/// </summary>
public sealed class RpcEndpoint
{
    private readonly OperationTable _operations;
    private readonly SignatureVerifier _verifier;
    private readonly EmulatorServices _services;
    private readonly string _account;
    private readonly bool _throttle;

    public RpcEndpoint(OperationTable operations, SignatureVerifier verifier, EmulatorServices services, string account, bool throttle)
    {
        _operations = operations;
        _verifier = verifier;
        _services = services;
        _account = account;
        _throttle = throttle;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var request = await IncomingRequestReader.ReadAsync(http.Request, http.RequestAborted);
        var parameters = request.AllParameters();
        var action = request.Header("x-acs-action") ?? parameters.GetValueOrDefault("Action");
        var version = request.Header("x-acs-version") ?? parameters.GetValueOrDefault("Version");
        var requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        try
        {
            if (_services.Access.KeyDeleted)
            {
                throw SignatureErrors.UnknownKey();
            }

            _verifier.Verify(request);
            var operation = _operations.Resolve(action, version);
            RequireMethod(operation, request.Method);
            if (_services.Access.DenialFor(operation.Action) is { } denial)
            {
                throw new ApiException(403, denial, $"You are not authorized to call {operation.Action} (the RAM permission was revoked).");
            }

            var fault = _services.Faults.Take(operation.Action);
            if (fault?.Kind == FaultKind.Drop)
            {
                Drop(http, operation.Action, request.Method);
                return;
            }

            await ApplyAsync(fault, http.RequestAborted);
            if (_throttle && operation.Limit is { } limit && !_services.Limiter.TryAcquire(_account, operation.Action, limit))
            {
                throw Throttled();
            }

            var body = Run(operation, new RpcParameters(parameters), http.Request.Host.Value ?? "");
            if (fault?.Kind == FaultKind.CommitThenDrop)
            {
                Drop(http, operation.Action, request.Method);
                return;
            }

            body["RequestId"] = requestId;
            _services.Calls.Record(operation.Action, request.Method, CallOutcome.Succeeded);
            await JsonResponses.WriteAsync(http.Response, 200, body);
        }
        catch (ApiException error)
        {
            if (action is not null)
            {
                _services.Calls.Record(action, request.Method, error.Code.StartsWith("Throttling", StringComparison.Ordinal) ? CallOutcome.Throttled : CallOutcome.Failed);
            }

            var hostId = http.Request.Host.HasValue ? http.Request.Host.Value : "127.0.0.1";
            await JsonResponses.WriteAsync(http.Response, error.HttpStatus, JsonResponses.Error(requestId, hostId, error));
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            if (action is not null)
            {
                _services.Calls.Record(action, request.Method, CallOutcome.Failed);
            }

            await InternalErrors.AnswerAsync(http, requestId, action ?? "a request without an Action", e);
        }
    }

    private JsonObject Run(Operation operation, RpcParameters parameters, string endpoint)
    {
        var store = _services.Store;
        return operation.Mutates
            ? store.Write((state, now) => operation.Handle(new OperationContext(parameters, state, now, store.Seed, endpoint)))
            : store.Read((state, now) => operation.Handle(new OperationContext(parameters, state, now, store.Seed, endpoint)));
    }

    private static async Task ApplyAsync(Fault? fault, CancellationToken ct)
    {
        switch (fault?.Kind)
        {
            case FaultKind.Error:
                throw new ApiException(fault.HttpStatus, fault.Code, "Injected fault.");
            case FaultKind.Throttle:
                throw Throttled();
            case FaultKind.Delay:
                await Task.Delay(fault.DelayMs, ct);
                break;
        }
    }

    /// <summary>
    /// The gateway's answer to another method is documented nowhere; the emulator rejects it (its choice, see README),
    /// so a client that strays from the official SDKs' method is caught here rather than by the real cloud.
    /// </summary>
    private static void RequireMethod(Operation operation, string method)
    {
        if (!string.Equals(method, operation.Method, StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(400, "UnsupportedHTTPMethod", $"{operation.Action} is called with {operation.Method}, as the official SDKs send it; this request used {method}.");
        }
    }

    private void Drop(HttpContext http, string action, string method)
    {
        _services.Calls.Record(action, method, CallOutcome.Failed);
        http.Abort();
    }

    private static ApiException Throttled() =>
        new(400, "Throttling.User", "Request was denied due to user flow control.");
}
