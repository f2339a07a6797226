using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace AlicloudLive.Framework.Tests.ProviderConfiguration;

/// <summary>Stands in for the network: records each request's headers and answers with an empty success.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpRequestMessage> _requests = new();

    public IReadOnlyList<HttpRequestMessage> Requests => [.. _requests];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("{\"RequestId\":\"req-1\"}", Encoding.UTF8, "application/json"),
        });
    }
}
