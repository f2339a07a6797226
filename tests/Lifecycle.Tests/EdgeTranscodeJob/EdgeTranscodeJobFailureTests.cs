using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using static AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob.EdgeJobTestSupport;

namespace AlicloudLive.Lifecycle.Tests.EdgeTranscodeJob;

/// <summary>alicloud-live:live:EdgeTranscodeJob's partial failures, lost responses and Check rules, against the emulator.</summary>
public sealed class EdgeTranscodeJobFailureTests : LifecycleFixture
{
    [Test]
    public async Task A_failed_start_after_create_returns_the_job_id_as_a_partial_failure_and_the_next_up_starts_it()
    {
        await Emulator.InjectFaultAsync("StartEdgeTranscodeJob", "error", code: "UserQuotaExceed", httpStatus: 400);
        var inputs = await Engine.CheckAsync(Token, "quota", Job());

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.CreateCheckedAsync(Token, "quota", inputs));
        var failure = InitFailure(error!);
        var outputs = StructCodec.Decode(failure.Properties);
        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That(failure.Id, Is.EqualTo($"{Cluster}/{Field(cloud, "JobId")}"), "the one job in the cloud is the one the engine records");
        Assert.That(outputs.GetString("jobId"), Is.EqualTo(Field(cloud, "JobId")));
        Assert.That(outputs.GetString("status"), Is.EqualTo("NotStarted"));
        Assert.That(failure.Reasons.Single(), Does.Contain("was created, but starting it failed").And.Contain("UserQuotaExceed"));

        // The engine records the job with its init error and, on the next `pulumi up`, sends an Update with no change.
        var recorded = new ResourceState(Token, "quota", EngineDriver.Urn(Token, "quota"), failure.Id, inputs, outputs);
        var continued = await ContinueAfterInitErrorAsync(Engine, recorded);
        Assert.That(continued.GetString("status"), Is.EqualTo("Running"));
        Assert.That(Field((await CloudObjectsAsync("edgeTranscodeJobs")).Single(), "Status"), Is.EqualTo("1"));
        Assert.That(CallsTo(await Emulator.CallsAsync(), "CreateEdgeTranscodeJob"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_start_after_an_update_records_the_updated_stopped_job()
    {
        var job = await Engine.CreateAsync(Token, "restart", Job().With("running", false));
        await Emulator.InjectFaultAsync("StartEdgeTranscodeJob", "error", code: "UserQuotaExceed", httpStatus: 400);

        var error = Assert.ThrowsAsync<RpcException>(() => Engine.UpdateAsync(job, job.Inputs.With("streamOutput", "rtmp://push.example.com/app/new").With("running", true)));
        var failure = InitFailure(error!);
        var outputs = StructCodec.Decode(failure.Properties);
        Assert.That(failure.Id, Is.EqualTo(job.Id));
        Assert.That(outputs.GetString("streamOutput"), Is.EqualTo("rtmp://push.example.com/app/new"), "the update went through");
        Assert.That(outputs.GetString("status"), Is.EqualTo("NotStarted"));
        Assert.That(failure.Reasons.Single(), Does.Contain("was updated (streamOutput), but starting it failed"));
    }

    [Test]
    public async Task A_lost_create_response_adopts_the_new_job_and_never_an_older_one_with_the_same_name()
    {
        var existing = await Engine.CreateAsync(Token, "first", Job().With("name", "shared"));
        await Emulator.InjectFaultAsync("CreateEdgeTranscodeJob", "commitThenDrop");

        var job = await Engine.CreateAsync(Token, "second", Job("rtmp://push.example.com/app/second").With("name", "shared"));

        var ids = (await CloudObjectsAsync("edgeTranscodeJobs")).Select(j => $"{Cluster}/{Field(j, "JobId")}").ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { existing.Id, job.Id }), "no duplicate, and the older job was not adopted");
        Assert.That(job.Id, Is.Not.EqualTo(existing.Id));
        Assert.That(job.Output("status"), Is.EqualTo("Running"), "the adopted job is started like any other");
        Assert.That(LogsFor(job.Urn).Single().Message, Does.Contain("response to CreateEdgeTranscodeJob was lost").And.Contain("found job"));
    }

    [Test]
    public async Task A_create_dropped_before_it_applied_is_sent_again_once()
    {
        await Emulator.InjectFaultAsync("CreateEdgeTranscodeJob", "drop");
        var job = await Engine.CreateAsync(Token, "dropped", Job());

        var cloud = (await CloudObjectsAsync("edgeTranscodeJobs")).Single();
        Assert.That($"{Cluster}/{Field(cloud, "JobId")}", Is.EqualTo(job.Id));
        Assert.That(LogsFor(job.Urn).Single().Message, Does.Contain("created again as job"));
    }

    [Test]
    public async Task A_start_whose_answer_was_lost_is_retried_and_the_job_found_running_counts_as_started()
    {
        await Emulator.InjectFaultAsync("StartEdgeTranscodeJob", "commitThenDrop");
        var job = await Engine.CreateAsync(Token, "retried", Job());

        Assert.That(job.Output("status"), Is.EqualTo("Running"));
        var calls = await Emulator.CallsAsync();
        Assert.That(CallsTo(calls, "StartEdgeTranscodeJob"), Is.EqualTo(2), "the retry met OperationDenied (already running)");
        Assert.That(CallsTo(calls, "CreateEdgeTranscodeJob"), Is.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return new TestCaseData("""{"name": "bad name!"}""", "name", "must contain only letters, digits, Chinese characters, - and _");
        yield return new TestCaseData($$"""{"name": "{{new string('a', 256)}}"}""", "name", "must be at most 255 characters long");
        yield return new TestCaseData("""{"streamInput": "live.example.com/app/stream"}""", "streamInput", "must be an absolute URL with a host");
        yield return new TestCaseData("""{"streamOutput": "rtmp:///app/stream"}""", "streamOutput", "must be an absolute URL with a host");
        yield return new TestCaseData("""{"clusterId": "edge-cluster-1/job"}""", "clusterId", "must be a cluster id without / or spaces");
        yield return new TestCaseData("""{"clusterId": null}""", "clusterId", "is required");
        yield return new TestCaseData("""{"templateId": ""}""", "templateId", "must not be empty");
        yield return new TestCaseData("""{"running": "yes"}""", "running", "must be true or false");
        yield return new TestCaseData("""{"colour": "red"}""", "colour", "is not a property of alicloud-live:live:EdgeTranscodeJob");
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task Check_names_the_property_and_the_rule_without_calling_the_cloud(string overrides, string property, string reason)
    {
        var inputs = Job();
        foreach (var (key, value) in Json.Map(overrides))
        {
            inputs = value is NullValue ? inputs.Remove(key) : inputs.Set(key, value);
        }

        var calls = await CloudCallCountAsync();
        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Token, "bad", inputs));
        Assert.That(failure!.Reports(property, reason), Is.True, failure.Message);
        Assert.That(await CloudCallCountAsync(), Is.EqualTo(calls));
    }

    [Test]
    public void Check_accepts_chinese_names_and_an_autoname_the_name_rule_rejects_is_reported_on_name()
    {
        Assert.DoesNotThrowAsync(() => Engine.CheckAsync(Token, "cn", Job().With("name", "直播_转码-1")));

        var failure = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(Token, "my.job", Job()));
        Assert.That(failure!.Failures.Select(f => f.Property), Is.EqualTo(new[] { "name" }), "the logical name's '.' is not allowed in a job name");
    }

    [Test]
    public async Task Each_input_description_ends_with_its_update_rule_and_only_clusterId_always_replaces()
    {
        var response = await Plugin.CallAsync("GetSchema", new Pulumirpc.GetSchemaRequest(), Pulumirpc.GetSchemaResponse.Parser);
        var resource = JsonNode.Parse(response.Schema)!["resources"]![Token]!;
        var inputs = resource["inputProperties"]!.AsObject();

        const string Conditional = "Updates in place only while the job is not running, or the same change sets running to false (the job is stopped, then updated); otherwise replaces.";
        foreach (var name in new[] { "name", "templateId", "streamInput", "streamOutput" })
        {
            Assert.That((string?)inputs[name]!["description"], Does.EndWith(Conditional), name);
            Assert.That(inputs[name]!["replaceOnChanges"], Is.Null, name);
        }

        Assert.That((string?)inputs["running"]!["description"], Does.EndWith("Updates in place."));
        Assert.That((string?)inputs["clusterId"]!["description"], Does.EndWith("Changing it replaces the resource."));
        Assert.That((bool?)inputs["clusterId"]!["replaceOnChanges"], Is.True);
        Assert.That(resource["requiredInputs"]!.AsArray().Select(n => (string?)n), Is.EquivalentTo(new[] { "clusterId", "templateId", "streamInput", "streamOutput" }));
    }
}
