using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Rpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// Well-framed requests whose Structs are garbage (malformed special objects, a value with no kind, absurd nesting):
/// every RPC that takes a Struct answers INVALID_ARGUMENT naming the field, and the plugin keeps serving.
/// </summary>
[Category("Hostile")]
public sealed class GarbageStructTests : LifecycleFixture
{
    private const string Type = "alicloud-live:live:PullToPushTask";
    private const string Signature = "4dabf18193072939515e22adb298388d";
    private static readonly string Urn = EngineDriver.Urn(Type, "garbage");

    /// <summary>Where a Struct goes: the RPC, the field's name in the error, and the request carrying it.</summary>
    private static readonly (string Rpc, string Field, Func<Struct, IMessage> Request)[] Slots =
    [
        ("Check", "news", s => new CheckRequest { Type = Type, Urn = Urn, News = s }),
        ("Check", "olds", s => new CheckRequest { Type = Type, Urn = Urn, Olds = s }),
        ("CheckConfig", "news", s => new CheckRequest { Urn = "urn:pulumi:test::lifecycle::pulumi:providers:alicloud-live::default", News = s }),
        ("DiffConfig", "news", s => new DiffRequest { News = s }),
        ("Configure", "args", s => new ConfigureRequest { Args = s }),
        ("Diff", "olds", s => new DiffRequest { Type = Type, Urn = Urn, Id = "t", Olds = s }),
        ("Diff", "news", s => new DiffRequest { Type = Type, Urn = Urn, Id = "t", News = s }),
        ("Create", "properties", s => new CreateRequest { Type = Type, Urn = Urn, Properties = s }),
        ("Create", "properties", s => new CreateRequest { Type = Type, Urn = Urn, Properties = s, Preview = true }),
        ("Read", "properties", s => new ReadRequest { Type = Type, Urn = Urn, Id = "t", Properties = s }),
        ("Read", "inputs", s => new ReadRequest { Type = Type, Urn = Urn, Id = "t", Inputs = s }),
        ("Update", "olds", s => new UpdateRequest { Type = Type, Urn = Urn, Id = "t", Olds = s }),
        ("Update", "news", s => new UpdateRequest { Type = Type, Urn = Urn, Id = "t", News = s }),
        ("Delete", "properties", s => new DeleteRequest { Type = Type, Urn = Urn, Id = "t", Properties = s }),
        ("Delete", "oldInputs", s => new DeleteRequest { Type = Type, Urn = Urn, Id = "t", OldInputs = s }),
    ];

    public static IEnumerable<TestCaseData> Garbage()
    {
        yield return Json("an unrecognised signature", $$$"""{"a": {"{{{Signature}}}": "00000000000000000000000000000000"}}""");
        yield return Json("a signature that is a number", $$$"""{"a": {"{{{Signature}}}": 7}}""");
        yield return Json("a secret without its value", $$$"""{"a": {"b": [{"{{{Signature}}}": "1b47061264138c4ac30d75fd1eb44270"}]}}""");
        yield return Json("a resource reference whose urn is a number", $$$"""{"a": {"{{{Signature}}}": "5cf8f73096256a8f31e491e813e4eb8e", "urn": 1}}""");
        yield return Json("an output value whose dependencies are a string", $$$"""{"a": {"{{{Signature}}}": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "dependencies": "urn"}}""");
        yield return new TestCaseData("a value with no kind", new Struct { Fields = { ["a"] = Value.ForList(Value.ForNumber(1), new Value()) } }, null).SetName("Garbage Struct: a value with no kind");
        var deep = Value.ForNull();
        for (var i = 0; i < 200; i++)
        {
            deep = Value.ForList(deep);
        }

        // Protobuf's own recursion limit stops this while parsing the request, before any field is read.
        yield return new TestCaseData("lists nested 200 deep", new Struct { Fields = { ["a"] = deep } }, "deeper than the limit").SetName("Garbage Struct: lists nested 200 deep");
    }

    [TestCaseSource(nameof(Garbage))]
    public async Task Every_rpc_taking_a_struct_answers_invalid_argument_naming_the_field(string what, Struct garbage, string? problem)
    {
        foreach (var (rpc, field, request) in Slots)
        {
            var error = Assert.ThrowsAsync<RpcException>(() => Plugin.CallAsync(rpc, request(garbage), Empty.Parser));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument), $"{rpc} {field}: {error.Message}");
            Assert.That(error.Message, Does.Contain(problem ?? field), $"{rpc}: the error names the field (or the problem)");
        }

        Assert.That(Plugin.HasExited, Is.False, Plugin.StdErr);
        Assert.That(await Engine.CheckAsync(Type, "after", new Matrix.PullToPushTaskScenario().Inputs()), Is.Not.Empty, "the plugin keeps serving");
        ReliabilityReport.RecordFigure(ReportSections.Hostile, $"gRPC Struct with {what}, in each of {Slots.Length} request fields (Check, CheckConfig, DiffConfig, Configure, Diff, Create, Read, Update, Delete)", problem is null ? "INVALID_ARGUMENT naming the field; the plugin kept serving" : $"INVALID_ARGUMENT ({problem}); the plugin kept serving");
    }

    private static TestCaseData Json(string what, string json) =>
        new TestCaseData(what, JsonParser.Default.Parse<Struct>(json), null).SetName($"Garbage Struct: {what}");
}
