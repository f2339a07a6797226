using AlicloudLive.SdkGen.Tests.Mocks;
using Pulumi;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The generated SDK run under Pulumi.Testing (the real Pulumi package): each resource, with every input set, sends
/// exactly the schema's inputs with the schema's JSON types, marks exactly the schema's secret inputs secret, and
/// reads back every output it declares.
/// </summary>
public class SdkUnderMocksTests
{
    private static SchemaFacts Schema => SdkTypes.Schema.Value;

    public static IEnumerable<string> Tokens() => SdkTypes.Schema.Value.ResourceTokens.Append(SchemaFacts.ProviderToken);

    [TestCaseSource(nameof(Tokens))]
    public async Task Every_input_reaches_the_engine_under_its_schema_name_and_type_and_every_output_comes_back(string token)
    {
        var resourceClass = SdkTypes.ResourceClass(token);
        var args = (ResourceArgs)typeof(FullArgs).GetMethod(nameof(FullArgs.Create))!.MakeGenericMethod(SdkTypes.ArgsClass(resourceClass)).Invoke(null, null)!;
        var (mocks, resources) = await SdkTypes.RunAsync(() => Activator.CreateInstance(resourceClass, "full", args, null));

        var registration = mocks.Registrations.Single(r => r.Args.Type == token);
        Assert.That(registration.Args.Inputs.Keys, Is.EquivalentTo(Schema.Inputs(token).Keys), "inputs sent");
        Assert.That(RegistrationChecks.Problems(Schema, registration), Is.Empty);
        Assert.That(await RegistrationChecks.SecretInputs(args), Is.EquivalentTo(Schema.SecretInputs(token)), "inputs sent as secrets");

        var outputs = await RegistrationChecks.OutputsOf(resources.Single(r => r.GetResourceType() == token));
        Assert.That(outputs.Keys, Is.EquivalentTo(Schema.Outputs(token).Keys), "declared outputs");
        Assert.That(outputs.Where(o => o.Value is null).Select(o => o.Key), Is.Empty, "outputs that did not come back");
    }

    [Test]
    public async Task Get_with_a_typed_state_reads_the_resource_by_id_with_the_state_as_its_schema_state_inputs()
    {
        Sdk.Ice.LiveTranscodeJob? job = null;
        var (mocks, _) = await SdkTypes.RunAsync(() => job = Sdk.Ice.LiveTranscodeJob.Get("existing", "job-123", new Sdk.Ice.LiveTranscodeJobState
        {
            Name = "evening-news",
            TimedConfig = new Sdk.Ice.Inputs.LiveTranscodeJobTimedConfigGetArgs { StartTime = "2030-01-01T10:00:00Z", EndTime = "2030-01-01T12:00:00Z" },
        }));

        var read = mocks.Registrations.Single();
        Assert.That(read.Args.Id, Is.EqualTo("job-123"));
        Assert.That(read.Args.Inputs.Keys, Is.EquivalentTo(new[] { "name", "timedConfig" }));
        Assert.That(read.Args.Inputs.Keys, Is.SubsetOf(Schema.StateInputs("alicloud-live:ice:LiveTranscodeJob")));
        Assert.That(await OutputValues.ValueAsync(job!.Id), Is.EqualTo("job-123"));
        Assert.That(await OutputValues.ValueAsync(job.Name), Is.EqualTo("evening-news"));
    }

    [Test]
    public async Task Credentials_left_to_the_environment_are_secret_and_send_no_value()
    {
        var args = new Sdk.ProviderArgs { Region = "cn-shanghai" };
        var (mocks, _) = await SdkTypes.RunAsync(() => _ = new Sdk.Provider("explicit", args));
        Assert.That(await RegistrationChecks.SecretInputs(args), Is.EquivalentTo(new[] { "accessKey", "secretKey", "securityToken" }));
        Assert.That(mocks.Registrations.Single().Args.Inputs.Keys, Does.Not.Contain("accessKey").And.Not.Contain("secretKey").And.Not.Contain("securityToken"));
    }

    [Test]
    public async Task An_integer_provider_input_is_sent_json_encoded_as_Pulumi_codegen_sends_it()
    {
        var (mocks, _) = await SdkTypes.RunAsync(() => _ = new Sdk.Provider("explicit", new Sdk.ProviderArgs { MaxRetries = 3 }));
        Assert.That(mocks.Registrations.Single().Args.Inputs["maxRetries"], Is.EqualTo("3"));
    }
}
