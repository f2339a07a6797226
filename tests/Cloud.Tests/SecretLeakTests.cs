using System.Net;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>No secret, STS token or signature in any debug line or exception message.</summary>
public sealed class SecretLeakTests
{
    [Test]
    public async Task Debug_lines_and_errors_never_carry_secrets()
    {
        var log = new List<string>();
        var handler = new FakeHttpHandler()
            .RespondOk("""{"RequestId":"r1","Job":{"JobId":"j"}}""")
            .Respond(HttpStatusCode.BadRequest, """{"Code":"Throttling.User","Message":"slow"}""")
            .Respond(HttpStatusCode.InternalServerError, $$"""{"RequestId":"r3","Code":"InternalError","Message":"echo {{TestClients.Secret}} {{TestClients.Token}}"}""")
            .Fail(new HttpRequestException("connection broke", new IOException($"while sending token {TestClients.Token}")))
            .Respond(HttpStatusCode.Forbidden, $$"""{"RequestId":"r5","Code":"SignatureDoesNotMatch","Message":"secret {{TestClients.Secret}} mismatch"}""");
        var credentials = TestClients.UniqueCredentials(withToken: true);
        using var client = TestClients.Create(handler, credentials: credentials, log: log, options: TestClients.Options(maxRetries: 2));
        var failures = new List<Exception>();

        await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));
        failures.Add(Assert.CatchAsync(() => client.Live.GetEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("c", "j")))!);
        failures.Add(Assert.CatchAsync(() => client.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest("c", "n", "t", "i", "o")))!);

        var signatures = handler.Requests.Select(r => r.Headers["authorization"].Split("Signature=")[1]).ToList();
        var texts = log.Concat(failures.Select(f => f.ToString())).Concat(failures.Select(f => f.Message)).ToList();
        Assert.That(log, Has.Count.EqualTo(handler.Requests.Count), "one debug line per attempt");
        Assert.That(log[0], Does.Contain("GetLiveTranscodeJob").And.Contain("attempt 1/3").And.Contain("HTTP 200").And.Contain("r1"));
        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain(TestClients.Secret).And.Not.Contain(TestClients.Token));
            foreach (var signature in signatures)
            {
                Assert.That(text, Does.Not.Contain(signature));
            }
        }

        Assert.That(failures.Select(f => ((AlibabaCloudException)f).Code), Is.EqualTo(new[] { "Network", "SignatureDoesNotMatch" }));
    }

    [Test]
    public void Default_fake_credentials_are_secret_bearing()
    {
        // Guards the leak test above: the scanned values really are the ones the client signs with.
        var credentials = TestClients.UniqueCredentials(withToken: true);

        Assert.That((credentials.AccessKeySecret, credentials.SecurityToken), Is.EqualTo((TestClients.Secret, TestClients.Token)));
    }
}
