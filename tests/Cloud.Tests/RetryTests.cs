using System.Net;
using System.Net.Sockets;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests;

/// <summary>Backoff, retry bounds and the create rule, all on a fake clock.</summary>
public sealed class RetryTests
{
    private const string ServerError = """{"RequestId":"R5","Code":"InternalError","Message":"boom"}""";
    private const string Throttled = """{"RequestId":"RT","Code":"Throttling.User","Message":"Request was denied due to user flow control."}""";

    private static readonly SubmitLiveTranscodeJobRequest Submit = new(
        "n", "t", 0, new LiveStreamInput("rtmp", "rtmp://i"), new LiveTranscodeOutput("LiveCenter", "d"));

    [Test]
    public async Task Idempotent_call_retries_server_errors_with_exponential_full_jitter_backoff()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler()
            .Respond(HttpStatusCode.InternalServerError, ServerError)
            .Respond(HttpStatusCode.ServiceUnavailable, ServerError)
            .Respond(HttpStatusCode.InternalServerError, ServerError)
            .RespondOk("""{"RequestId":"ok","Job":{"JobId":"j"}}""");
        using var client = TestClients.Create(handler, time, jitter: 0.5);

        var response = await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));

        Assert.That(response.Job.JobId, Is.EqualTo("j"));
        Assert.That(handler.Requests, Has.Count.EqualTo(4));

        // base 100 ms doubling, full jitter at 0.5 of the ceiling.
        Assert.That(time.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200) }));
    }

    [Test]
    public void Backoff_ceiling_is_capped_by_RetryMaxDelay()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.InternalServerError, ServerError);
        var options = TestClients.Options(maxRetries: 6) with { RetryMaxDelay = TimeSpan.FromMilliseconds(500) };
        using var client = TestClients.Create(handler, time, options, jitter: 1.0);

        Assert.ThrowsAsync<AlibabaCloudException>(() => client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j")));

        Assert.That(time.RequestedDelays.Select(d => d.TotalMilliseconds), Is.EqualTo(new double[] { 100, 200, 400, 500, 500, 500 }));
    }

    [Test]
    public void Gives_up_after_MaxRetries_with_the_last_error()
    {
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.InternalServerError, ServerError);
        using var client = TestClients.Create(handler, options: TestClients.Options(maxRetries: 2));

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Live.DeleteLivePullToPushAsync(new PullToPushTaskRequest("t", "cn-shanghai")));

        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That((ex!.Kind, ex.Code, ex.OutcomeUnknown), Is.EqualTo((CloudErrorKind.RetryableServer, "InternalError", false)));
    }

    [Test]
    public void Zero_MaxRetries_means_one_attempt()
    {
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.TooManyRequests, Throttled);
        using var client = TestClients.Create(handler, options: TestClients.Options(maxRetries: 0));

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Live.GetEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("c", "j")));

        Assert.That(ex!.Kind, Is.EqualTo(CloudErrorKind.Throttling));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Create_is_not_retried_on_server_error_and_reports_outcome_unknown()
    {
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.InternalServerError, ServerError);
        using var client = TestClients.Create(handler);

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Ice.SubmitLiveTranscodeJobAsync(Submit));

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That((ex!.Kind, ex.OutcomeUnknown), Is.EqualTo((CloudErrorKind.RetryableServer, true)));
    }

    [Test]
    public void Create_is_not_retried_when_the_connection_broke_after_sending()
    {
        var handler = new FakeHttpHandler().Fail(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = TestClients.Create(handler);

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => client.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest("c", "n", "t", "i", "o")));

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That((ex!.Kind, ex.Code, ex.OutcomeUnknown, ex.HttpStatus), Is.EqualTo((CloudErrorKind.Network, "Network", true, (int?)null)));
    }

    [Test]
    public async Task Create_is_retried_when_no_connection_was_made()
    {
        var handler = new FakeHttpHandler()
            .Fail(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .RespondOk("""{"RequestId":"r","RetCode":0,"TaskId":"t"}""");
        using var client = TestClients.Create(handler);

        var response = await client.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "live", ["rtmp://s"], "rtmp://d"));

        Assert.That(response.TaskId, Is.EqualTo("t"));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Create_is_retried_on_throttling_because_nothing_was_applied()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler()
            .Respond(HttpStatusCode.BadRequest, Throttled)
            .Respond(HttpStatusCode.ServiceUnavailable, """{"Code":"Throttling","Message":"slow down"}""")
            .RespondOk("""{"RequestId":"ok","JobId":"j"}""");
        using var client = TestClients.Create(handler, time);

        var response = await client.Ice.SubmitLiveTranscodeJobAsync(Submit);

        Assert.That(response.JobId, Is.EqualTo("j"));
        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That(time.RequestedDelays, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Throttling_honours_the_TimeLeft_hint()
    {
        var time = new FakeTimeProvider(autoAdvance: true);
        var handler = new FakeHttpHandler()
            .Respond(HttpStatusCode.BadRequest, Throttled, ("x-ratelimit-user-api", "Limit:10,Remain:0,TimeLeft:1500,Reset:1767225601"))
            .RespondOk("""{"RequestId":"ok","Job":{"JobId":"j"}}""");
        using var client = TestClients.Create(handler, time);

        await client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"));

        Assert.That(time.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(1500) }));
    }

    [Test]
    public async Task Network_errors_on_idempotent_calls_are_retried()
    {
        var handler = new FakeHttpHandler()
            .Fail(new HttpRequestException(HttpRequestError.ResponseEnded, "reset"))
            .RespondOk("""{"RequestId":"ok"}""");
        using var client = TestClients.Create(handler);

        var response = await client.Live.StopEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("c", "j"));

        Assert.That(response.RequestId, Is.EqualTo("ok"));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task An_attempt_that_hangs_times_out_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeHttpHandler().Hang();
        using var client = TestClients.Create(handler, time, TestClients.Options() with { RequestTimeout = TimeSpan.FromSeconds(30) });

        var call = client.Ice.SubmitLiveTranscodeJobAsync(Submit);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(call.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromSeconds(1));

        var ex = Assert.ThrowsAsync<AlibabaCloudException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.That((ex!.Kind, ex.Code, ex.OutcomeUnknown), Is.EqualTo((CloudErrorKind.Timeout, "Timeout", true)));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_during_backoff_stops_promptly()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeHttpHandler().Respond(HttpStatusCode.InternalServerError, ServerError);
        using var client = TestClients.Create(handler, time);
        using var cts = new CancellationTokenSource();

        var call = client.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j"), cts.Token);
        await time.WaitForTimersAsync();
        await cts.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_during_the_request_is_a_cancellation_not_a_cloud_error()
    {
        var handler = new FakeHttpHandler().Hang();
        using var client = TestClients.Create(handler, new FakeTimeProvider());
        using var cts = new CancellationTokenSource();

        var call = client.Live.DescribeLiveRecordVodConfigsAsync(new DescribeLiveRecordVodConfigsRequest("d"), cts.Token);
        await cts.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
