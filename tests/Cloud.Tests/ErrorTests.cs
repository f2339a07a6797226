using System.Net;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>Error bodies become typed, classified exceptions.</summary>
public sealed class ErrorTests
{
    [TestCase("""{"RequestId":"R1","HostId":"h","Code":"InvalidParameter","Message":"bad DstUrl","Recommend":"x"}""", "InvalidParameter", "bad DstUrl", "R1")]
    [TestCase("""{"requestId":"R2","code":"JobNotFound","message":"no such job"}""", "JobNotFound", "no such job", "R2")]
    [TestCase("<html>bad gateway</html>", "InvalidResponse", null, null)]
    [TestCase("""{"RequestId":"R3"}""", "InvalidResponse", "an HTTP 400 answer without an error code", "R3")]
    public void Parses_error_bodies(string body, string code, string? message, string? requestId)
    {
        var parsed = ErrorResponse.Parse(body, 400);

        Assert.That(parsed.Code, Is.EqualTo(code));
        Assert.That(parsed.RequestId, Is.EqualTo(requestId));
        if (message is not null)
        {
            Assert.That(parsed.Message, Is.EqualTo(message));
        }
    }

    [TestCase(400, "Throttling.User", CloudErrorKind.Throttling)]
    [TestCase(503, "Throttling", CloudErrorKind.Throttling)]
    [TestCase(403, "Throttling.Api", CloudErrorKind.Throttling)]
    [TestCase(500, "InternalError", CloudErrorKind.RetryableServer)]
    [TestCase(503, "ServiceUnavailable", CloudErrorKind.RetryableServer)]
    [TestCase(400, "InvalidParameter", CloudErrorKind.Client)]
    [TestCase(404, "JobNotFound", CloudErrorKind.Client)]
    [TestCase(409, "JobAlreadyStarted", CloudErrorKind.Client)]
    [TestCase(400, "InternalError", CloudErrorKind.RetryableServer)]
    [TestCase(200, "ServiceUnavailableTemporary", CloudErrorKind.RetryableServer)]
    [TestCase(500, "InvalidParameter", CloudErrorKind.Client)]
    [TestCase(503, "OperationDenied", CloudErrorKind.Client)]
    [TestCase(400, "InvalidResponse", CloudErrorKind.RetryableServer)]
    public void Classifies_by_code_never_by_status(int status, string code, CloudErrorKind kind) =>
        Assert.That(ErrorResponse.Classify(code), Is.EqualTo(kind), $"HTTP {status}");

    [Test]
    public void Client_error_is_thrown_with_every_field_and_the_documented_message()
    {
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.NotFound, """{"RequestId":"REQ-9","Code":"JobNotFound","Message":"The job does not exist."}""");
        using var client = TestClients.Create(handler);

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j")));

        Assert.That(ex!.Message, Is.EqualTo("GetLiveTranscodeJob failed: JobNotFound: The job does not exist. (HTTP 404, RequestId REQ-9)"));
        Assert.That((ex.Operation, ex.HttpStatus, ex.Code, ex.CloudMessage, ex.RequestId, ex.Kind, ex.OutcomeUnknown),
            Is.EqualTo(("GetLiveTranscodeJob", (int?)404, "JobNotFound", "The job does not exist.", "REQ-9", CloudErrorKind.Client, false)));
        Assert.That(handler.Requests, Has.Count.EqualTo(1), "client errors are not retried");
    }

    [Test]
    public void RequestId_falls_back_to_the_response_header()
    {
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.BadGateway, "<html>oops</html>", ("x-acs-request-id", "HDR-1"));
        using var client = TestClients.Create(handler, options: TestClients.Options(maxRetries: 0));

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Ice.DeleteLiveTranscodeJobAsync(new DeleteLiveTranscodeJobRequest("j")));

        Assert.That((ex!.Code, ex.RequestId, ex.Kind), Is.EqualTo(("InvalidResponse", "HDR-1", CloudErrorKind.RetryableServer)));
    }

    [Test]
    public void Non_zero_RetCode_on_HTTP_200_is_a_failure()
    {
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"R","RetCode":3,"Description":"task not exist"}""");
        using var client = TestClients.Create(handler);

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai")));

        Assert.That((ex!.Code, ex.CloudMessage, ex.HttpStatus, ex.Kind, ex.RequestId),
            Is.EqualTo(("RetCode3", "task not exist", (int?)200, CloudErrorKind.Client, "R")));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RetCode_as_string_zero_is_success()
    {
        using var client = TestClients.Create(new FakeHttpHandler().RespondOk("""{"RequestId":"R","RetCode":"0","TaskId":"t"}"""));

        var response = await client.Live.RestartLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai"));

        Assert.That(response.TaskId, Is.EqualTo("t"));
    }
}
