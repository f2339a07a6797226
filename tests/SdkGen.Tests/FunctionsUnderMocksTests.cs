using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using AlicloudLive.SdkGen.Tests.Mocks;
using Pulumi;
using Pulumi.Testing;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>
/// The generated lookups run under Pulumi.Testing (the real Pulumi package): InvokeAsync and the output form Invoke
/// send the schema's function token with exactly its input names and JSON types, and the mocked result comes back
/// typed (nested objects as their Outputs classes); a secret argument makes the output form's result secret.
/// </summary>
public class FunctionsUnderMocksTests
{
    private static SchemaFacts Schema => SdkTypes.Schema.Value;

    public static IEnumerable<string> Tokens() => SdkTypes.Schema.Value.FunctionTokens;

    [Test]
    public void The_schema_has_the_six_lookups() =>
        Assert.That(Tokens().Count(), Is.EqualTo(6));

    [TestCaseSource(nameof(Tokens))]
    public async Task InvokeAsync_sends_the_schema_token_and_inputs_and_returns_a_typed_result(string token)
    {
        var function = FunctionClass(token);
        var args = PlainArgs(function.Assembly.GetType(function.FullName + "Args")!);
        var invoke = function.GetMethod("InvokeAsync")!;

        var (mocks, result) = await CallAsync(token, () => AwaitBoxed(invoke.Invoke(null, [args, null])!));

        AssertCallMatchesSchema(token, mocks.Calls.Single());
        AssertResultIsTyped(token, result);
    }

    [TestCaseSource(nameof(Tokens))]
    public async Task Invoke_sends_the_schema_token_and_inputs_and_returns_a_typed_result(string token)
    {
        var function = FunctionClass(token);
        var args = typeof(FullArgs).GetMethod(nameof(FullArgs.Create))!
            .MakeGenericMethod(function.Assembly.GetType(function.FullName + "InvokeArgs")!).Invoke(null, null)!;
        var invoke = function.GetMethods().Single(m => m.Name == "Invoke" && m.GetParameters()[1].ParameterType == typeof(InvokeOptions));

        var (mocks, result) = await CallAsync(token, () => OutputValues.UntypedValueAsync(invoke.Invoke(null, [args, null])));

        AssertCallMatchesSchema(token, mocks.Calls.Single());
        AssertResultIsTyped(token, result);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_secret_in_the_providers_answer_makes_the_result_of_Invoke_secret(bool secret)
    {
        // Pulumi leaves the secrecy of an invoke's result to the provider (the plugin marks the answer secret when an
        // argument was); the output form must keep what the answer says.
        const string token = "alicloud-live:live:getPullToPushTasks";
        bool? isSecret = null;
        var mocks = new RecordingMocks(Schema);
        mocks.CallResults[token] = _ => Schema.FunctionOutputs(token)
            .ToImmutableDictionary(o => o.Key, o => o.Key == "region" && secret ? Output.CreateSecret("cn-shanghai") : Schema.Sample(o.Value));
        await Pulumi.Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, async () =>
        {
            var tasks = Sdk.Live.GetPullToPushTasks.Invoke(new Sdk.Live.GetPullToPushTasksInvokeArgs { Region = "cn-shanghai" });
            isSecret = await Output.IsSecretAsync(tasks);
            Assert.That((await OutputValues.ValueAsync(tasks)).Region, Is.EqualTo(secret ? "cn-shanghai" : "sample"));
            return new Dictionary<string, object?>();
        });

        Assert.That(isSecret, Is.EqualTo(secret));
    }

    [Test]
    public async Task The_InvokeOutputOptions_form_calls_the_same_function()
    {
        var (mocks, result) = await CallAsync("alicloud-live:ice:getLiveTranscodeTemplates", async () =>
            await OutputValues.ValueAsync(Sdk.Ice.GetLiveTranscodeTemplates.Invoke(new Sdk.Ice.GetLiveTranscodeTemplatesInvokeArgs { Name = "hd" }, new InvokeOutputOptions())));

        Assert.That(mocks.Calls.Single().Args["name"], Is.EqualTo("hd"));
        Assert.That(((Sdk.Ice.GetLiveTranscodeTemplatesResult)result!).Templates.Single().TemplateId, Is.EqualTo("sample"));
    }

    private static Type FunctionClass(string token)
    {
        var parts = token.Split(':');
        var name = $"AlicloudLive.Sdk.{Naming.Title(parts[1])}.{Naming.Title(parts[2])}";
        return typeof(Sdk.Provider).Assembly.GetType(name) ?? throw new InvalidOperationException($"no class {name} for {token}");
    }

    /// <summary>The plain Args of InvokeAsync with every input set (the lookups take strings only).</summary>
    private static object PlainArgs(Type argsType)
    {
        var args = Activator.CreateInstance(argsType)!;
        foreach (var (_, property) in InputMembers.Of(argsType))
        {
            property.SetValue(args, property.PropertyType == typeof(string)
                ? "sample"
                : throw new NotSupportedException($"no sample for {property.PropertyType}"));
        }

        return args;
    }

    private static async Task<(RecordingMocks Mocks, object? Result)> CallAsync(string token, Func<Task<object?>> call)
    {
        var mocks = new RecordingMocks(Schema);
        mocks.CallResults[token] = _ => Schema.FunctionOutputs(token).ToImmutableDictionary(o => o.Key, o => Schema.Sample(o.Value));
        object? result = null;
        await Pulumi.Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, async () =>
        {
            result = await call();
            return new Dictionary<string, object?>();
        });
        return (mocks, result);
    }

    private static async Task<object?> AwaitBoxed(object task)
    {
        await (Task)task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }

    private static void AssertCallMatchesSchema(string token, MockCallArgs call)
    {
        Assert.That(call.Token, Is.EqualTo(token));
        Assert.That(call.Args.Keys, Is.EquivalentTo(Schema.FunctionInputs(token).Keys), "arguments sent");
        var problems = call.Args.Select(a => Schema.Mismatch(a.Key, a.Value, Schema.FunctionInputs(token)[a.Key])).Where(m => m is not null);
        Assert.That(problems, Is.Empty, "argument JSON types");
    }

    private static void AssertResultIsTyped(string token, object? result)
    {
        Assert.That(result, Is.Not.Null);
        var fields = result!.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance);
        Assert.That(fields, Has.Length.EqualTo(Schema.FunctionOutputs(token).Count), "result fields");
        foreach (var field in fields)
        {
            var value = field.GetValue(result);
            Assert.That(value, Is.Not.Null, $"{field.Name} came back empty");
            if (value is IEnumerable items and not string)
            {
                var element = field.FieldType.GetGenericArguments()[0];
                Assert.That(items.Cast<object>().Single(), Is.InstanceOf(element), $"{field.Name} items");
                if (element.GetCustomAttribute<OutputTypeAttribute>() is not null)
                {
                    var nested = items.Cast<object>().Single();
                    var unset = element.GetFields().Where(f => f.GetValue(nested) is null).Select(f => f.Name);
                    Assert.That(unset, Is.Empty, $"{element.Name} fields that did not come back");
                }
            }
        }
    }
}
