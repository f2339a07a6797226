using System.Net;
using System.Text;

namespace AlicloudLive.Cloud.Tests.Fakes;

/// <summary>A recorded request: everything a test may assert about what went on the wire.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, bool HasBody)
{
    /// <summary>The query decoded into name → value.</summary>
    public IReadOnlyDictionary<string, string> Query =>
        Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
}

/// <summary>Answers each request with the next scripted responder (the last one repeats) and records it.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _last;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public FakeHttpHandler Respond(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        Then((_, _) => Task.FromResult(Json(status, body, headers)));

    public FakeHttpHandler RespondOk(string body = """{"RequestId":"req-ok"}""") => Respond(HttpStatusCode.OK, body);

    public FakeHttpHandler Fail(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers: waits until the request is cancelled (timeout or caller).</summary>
    public FakeHttpHandler Hang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    public FakeHttpHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, request.Content is not null));
            if (_script.Count > 0)
            {
                _last = _script.Dequeue();
            }
        }

        return (_last ?? throw new InvalidOperationException("no scripted response"))(request, cancellationToken);
    }
}
