using System.Net;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>The observer hears every attempt: operation, attempt number, status, code, request id and backoff.</summary>
public sealed class AttemptObserverTests
{
    [Test]
    public async Task Every_attempt_is_observed_with_its_code_RequestId_and_backoff()
    {
        var handler = new FakeHttpHandler()
            .Respond(HttpStatusCode.BadRequest, """{"RequestId":"R-throttled","Code":"Throttling.User","Message":"slow down"}""")
            .Respond(HttpStatusCode.ServiceUnavailable, """{"RequestId":"R-503","Code":"ServiceUnavailable","Message":"busy"}""")
            .RespondOk("""{"RequestId":"R-ok","Job":{"JobId":"j"}}""");
        var attempts = new List<CloudAttempt>();
        using var client = new AlibabaCloudClient(
            TestClients.UniqueCredentials(), TestClients.Options(maxRetries: 3), handler, new FakeTimeProvider(autoAdvance: true), new FixedRandom(0.5), attempts.Add);

        await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));

        Assert.That(attempts.Select(a => (a.Operation, a.Attempt, a.Attempts, a.HttpStatus, a.Code, a.RequestId)), Is.EqualTo(new[]
        {
            ("GetLiveTranscodeJob", 1, 4, (int?)400, (string?)"Throttling.User", (string?)"R-throttled"),
            ("GetLiveTranscodeJob", 2, 4, 503, "ServiceUnavailable", "R-503"),
            ("GetLiveTranscodeJob", 3, 4, 200, null, "R-ok"),
        }));
        Assert.That(attempts.Select(a => a.Backoff is not null), Is.EqualTo(new[] { true, true, false }));
        Assert.That(attempts[0].ToString(), Does.Contain("attempt 1/4").And.Contain("HTTP 400").And.Contain("Throttling.User").And.Contain("retrying in"));
        Assert.That(attempts.Select(a => a.ToString()), Has.None.Contain(TestClients.Secret));
    }

    [Test]
    public async Task A_failing_observer_never_fails_the_call()
    {
        using var client = new AlibabaCloudClient(
            TestClients.UniqueCredentials(), TestClients.Options(), new FakeHttpHandler().RespondOk("""{"RequestId":"r","Job":{"JobId":"j"}}"""),
            new FakeTimeProvider(autoAdvance: true), new FixedRandom(0.5), _ => throw new IOException("stderr closed"));

        var response = await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));

        Assert.That(response.Job.JobId, Is.EqualTo("j"));
    }
}
