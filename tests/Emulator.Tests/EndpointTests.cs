using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>ICE is regional: a job is seen only through the endpoint (Host) it was submitted at.</summary>
public sealed class EndpointTests : EmulatorFixture
{
    [Test]
    public async Task An_ICE_job_is_found_and_listed_only_through_the_endpoint_that_submitted_it()
    {
        var jobId = (string?)(await Client.CallAsync("SubmitLiveTranscodeJob", ("Name", "regional"), ("TemplateId", "ice-tpl-hd"), ("StartMode", "0"),
            ("StreamInput", """{"Type":"rtmp","InputUrl":"rtmp://live.example.com/app/stream"}"""),
            ("TranscodeOutput", """{"Type":"LiveCenter","DomainName":"play.example.com"}"""))).Ok()["JobId"];
        using var elsewhere = new EmulatorClient(new Uri(Emulator.BaseUrl.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal)));

        (await elsewhere.CallAsync("GetLiveTranscodeJob", ("JobId", jobId!))).Fails("JobNotFound", 404);
        Assert.That((int?)(await elsewhere.CallAsync("ListLiveTranscodeJobs")).Ok()["TotalCount"], Is.Zero);
        Assert.That((string?)(await Client.CallAsync("GetLiveTranscodeJob", ("JobId", jobId!))).Ok()["Job"]!["JobId"], Is.EqualTo(jobId));
        Assert.That((string?)(await Client.AdminGetAsync("resources"))["liveTranscodeJobs"]![0]!["Endpoint"], Is.EqualTo(Emulator.BaseUrl.Authority));
    }
}
