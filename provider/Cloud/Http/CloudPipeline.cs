using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AlicloudLive.Cloud.Json;
using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Cloud.Http;

/// <summary>
/// Sends one operation: rate limit, sign, send with a per-attempt timeout, parse, classify, and retry with backoff
/// where that is safe. Creates are retried only when the service provably applied nothing.
/// </summary>
internal sealed class CloudPipeline
{
    private readonly AccessKeyCredentials _credentials;
    private readonly CloudClientOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;
    private readonly Action<CloudAttempt>? _observer;
    private readonly RateLimiterRegistry _limiters;
    private readonly SecretRedactor _redactor;

    public CloudPipeline(
        AccessKeyCredentials credentials,
        CloudClientOptions options,
        HttpClient http,
        TimeProvider time,
        Func<double> random,
        Action<CloudAttempt>? observer)
    {
        _credentials = credentials;
        _options = options;
        _http = http;
        _time = time;
        _random = random;
        _observer = observer;
        _limiters = RateLimiterRegistry.For(time);
        _redactor = new SecretRedactor(credentials);
    }

    /// <summary>The clock every wait of this client runs on.</summary>
    public TimeProvider Time => _time;

    public async Task<JsonElement> SendAsync(CloudOperation operation, Uri endpoint, QueryParameters query, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(0, _options.MaxRetries) + 1;
        for (var attempt = 1; ; attempt++)
        {
            var limiter = _options.ClientRateLimit && operation.Limit is { } limit ? _limiters.Get(_credentials.AccessKeyId, operation.Action, limit) : null;
            var granted = limiter is null ? default : await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            var started = _time.GetTimestamp();
            AttemptOutcome outcome;
            try
            {
                outcome = await AttemptAsync(operation, endpoint, query, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                limiter?.Complete(granted);
            }

            var elapsed = _time.GetElapsedTime(started);
            if (outcome.Error is not { } error)
            {
                Observe(operation, attempt, attempts, outcome, elapsed, null);
                return outcome.Body!.Value;
            }

            var retry = attempt < attempts && IsRetryable(operation, error);
            if (!retry)
            {
                Observe(operation, attempt, attempts, outcome, elapsed, null);
                throw error;
            }

            var delay = Backoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, _random(), outcome.TimeLeft);
            Observe(operation, attempt, attempts, outcome, elapsed, delay);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Throttling is always safe to repeat; other transient failures only when repeating cannot duplicate.</summary>
    private static bool IsRetryable(CloudOperation operation, AlibabaCloudException error) => error.Kind switch
    {
        CloudErrorKind.Throttling => true,
        CloudErrorKind.RetryableServer or CloudErrorKind.Network or CloudErrorKind.Timeout => !operation.IsCreate || !error.OutcomeUnknown,
        _ => false,
    };

    private async Task<AttemptOutcome> AttemptAsync(CloudOperation operation, Uri endpoint, QueryParameters query, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(operation, endpoint, query);
        using var timeout = _options.RequestTimeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        string body;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var seconds = _options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Failure(operation, null, "Timeout", $"no answer within {seconds} s", null, CloudErrorKind.Timeout, operation.IsCreate);
        }
        catch (HttpRequestException ex)
        {
            // Before a connection exists nothing can have reached the service, so even a create may be repeated.
            // The inner exception is not attached: its text is beyond our control, so only a redacted copy travels on.
            var sent = ex.HttpRequestError is not (HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError);
            return Failure(operation, null, "Network", _redactor.Redact(Describe(ex)), null, CloudErrorKind.Network, operation.IsCreate && sent);
        }

        using (response)
        {
            return Interpret(operation, response, body);
        }
    }

    private AttemptOutcome Interpret(CloudOperation operation, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var headerRequestId = response.Headers.TryGetValues("x-acs-request-id", out var ids) ? ids.FirstOrDefault() : null;
        if (!response.IsSuccessStatusCode)
        {
            var (code, message, requestId) = ErrorResponse.Parse(body, status);
            var kind = ErrorResponse.Classify(code);
            var outcome = Failure(
                operation, status, code, _redactor.Redact(message), requestId ?? headerRequestId, kind,
                operation.IsCreate && kind == CloudErrorKind.RetryableServer);
            return outcome with { TimeLeft = kind == CloudErrorKind.Throttling ? ErrorResponse.TimeLeft(response.Headers) : null };
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            root = default;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failure(
                operation, status, ErrorResponse.InvalidResponseCode, $"a {status} answer whose body is not a JSON object",
                headerRequestId, CloudErrorKind.RetryableServer, operation.IsCreate);
        }

        var bodyRequestId = root.Str("RequestId") ?? headerRequestId;
        if (operation.ChecksRetCode && root.Long("RetCode") is { } retCode and not 0)
        {
            var description = root.Str("Description");
            return Failure(
                operation, status, "RetCode" + retCode.ToString(CultureInfo.InvariantCulture),
                _redactor.Redact(string.IsNullOrEmpty(description) ? "the service answered RetCode " + retCode.ToString(CultureInfo.InvariantCulture) : description),
                bodyRequestId, CloudErrorKind.Client, false);
        }

        return new AttemptOutcome(status, bodyRequestId, root, null, null);
    }

    private static AttemptOutcome Failure(
        CloudOperation operation, int? status, string code, string message, string? requestId, CloudErrorKind kind, bool outcomeUnknown) =>
        new(status, requestId, null, new AlibabaCloudException(operation.Action, status, code, message, requestId, kind, outcomeUnknown), null);

    /// <summary>The messages of an exception chain, joined by " <- ".</summary>
    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" <- ", messages.Distinct());
    }

    private HttpRequestMessage BuildRequest(CloudOperation operation, Uri endpoint, QueryParameters query)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = endpoint.Authority,
            ["x-acs-action"] = operation.Action,
            ["x-acs-version"] = operation.Version,
            ["x-acs-date"] = AcsV3Signer.FormatDate(_time.GetUtcNow()),
            ["x-acs-signature-nonce"] = Guid.NewGuid().ToString("N"),
            ["x-acs-content-sha256"] = AcsV3Signer.EmptyPayloadHash,
        };
        if (_credentials.SecurityToken is { } token)
        {
            headers["x-acs-accesskey-id"] = _credentials.AccessKeyId;
            headers["x-acs-security-token"] = token;
        }

        var signable = new SignableRequest(operation.Method.Method, query.Pairs, headers, AcsV3Signer.EmptyPayloadHash);
        var authorization = AcsV3Signer.Authorization(signable, _credentials.AccessKeyId, _credentials.AccessKeySecret);
        var queryString = AcsV3Signer.CanonicalQueryString(query.Pairs);
        var uri = new Uri(endpoint, queryString.Length == 0 ? "/" : "/?" + queryString);
        var request = new HttpRequestMessage(operation.Method, uri);
        foreach (var (name, value) in headers)
        {
            if (name != "host")
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("alicloud-live", "0.1"));
        return request;
    }

    /// <summary>Tells the observer about an attempt; an observer's failure never fails the call.</summary>
    private void Observe(CloudOperation operation, int attempt, int attempts, AttemptOutcome outcome, TimeSpan elapsed, TimeSpan? backoff)
    {
        if (_observer is null)
        {
            return;
        }

        try
        {
            var code = outcome.Error?.Code is { } c ? _redactor.Redact(c) : null;
            var requestId = outcome.RequestId is { } r ? _redactor.Redact(r) : null;
            _observer(new CloudAttempt(operation.Action, attempt, attempts, outcome.HttpStatus, code, requestId, elapsed, backoff));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Debug output is best effort.
        }
    }
}
