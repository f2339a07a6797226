using System.Collections.Concurrent;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Reliability.Tests.Report;
using AlicloudLive.Reliability.Tests.Secrets;
using AlicloudLive.Values;
using Google.Protobuf;
using Pulumirpc;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// Generated hostile inputs to every resource's Check over gRPC: the plugin always answers (never an error, never a
/// crash), every failure names a property the request or the schema has, no secret shows in a failure, secrets stay
/// wrapped in the checked inputs, and Check makes no cloud call.
/// </summary>
[Category("Hostile")]
public sealed class CheckFuzzTests : LifecycleFixture
{
    private static readonly ConcurrentDictionary<string, (int Cases, int Failures)> Seen = new();

    [Property(Arbitrary = [typeof(HostileCheckArbitrary)], MaxTest = 1000)]
    public async Task Check_answers_every_hostile_input_and_each_failure_names_a_property(HostileCheck input)
    {
        var name = "fuzz";
        var response = await Plugin.CallAsync("Check", new CheckRequest
        {
            Urn = EngineDriver.Urn(input.Type, name),
            Name = name,
            Type = input.Type,
            News = StructCodec.Encode(input.News),
            Olds = StructCodec.Encode(input.Olds),
            RandomSeed = ByteString.CopyFrom(input.Seed),
            Autonaming = input.Autonaming,
        }, CheckResponse.Parser);

        // The engine looks each failure's property up as a top-level key of the inputs (nested paths lead the reason).
        var known = input.News.Keys.Concat(input.Shape.Properties.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in response.Failures)
        {
            Assert.That(known.Contains(failure.Property), $"'{failure.Property}' is not a top-level property of the request or the schema ({failure.Reason})");
            Assert.That(failure.Reason, Is.Not.Empty);
            Assert.That(failure.Reason + failure.Property, Does.Not.Contain(HostileInputs.SecretMarker), "a secret value shows in a check failure");
        }

        Assert.That(SecretScan.PlainStrings(StructCodec.Decode(response.Inputs)).Where(s => s.Contains(HostileInputs.SecretMarker, StringComparison.Ordinal)), Is.Empty, "a secret lost its wrapper in the checked inputs");
        Assert.That(Plugin.HasExited, Is.False);
        Seen.AddOrUpdate(input.Type, (1, response.Failures.Count), (_, s) => (s.Cases + 1, s.Failures + response.Failures.Count));
    }

    [OneTimeTearDown]
    public async Task ReportAsync()
    {
        Assert.That(await CloudCallCountAsync(), Is.Zero, "Check makes no cloud call");
        foreach (var (type, (cases, failures)) in Seen)
        {
            ReliabilityReport.RecordFigure(ReportSections.Hostile, $"check: FsCheck-generated inputs to {type}", $"{cases} answered (no error, no crash), {failures} check failures, each naming a property; no secret in any failure");
        }
    }
}
