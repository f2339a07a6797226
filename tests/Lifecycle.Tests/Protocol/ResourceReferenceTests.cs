using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Lifecycle.Tests.RecordVodConfig;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Protocol;

/// <summary>
/// A YAML program's <c>domainName: ${domain}</c> (a resource of another provider whose id is the domain name) reaches
/// the plugin as a resource reference, since the plugin accepts them: it stands for the referenced resource's id.
/// </summary>
public sealed class ResourceReferenceTests : LifecycleFixture
{
    private const string DomainUrn = "urn:pulumi:test::lifecycle::alicloud:live:Domain::play";

    [Test]
    public async Task A_resource_reference_where_the_schema_wants_a_string_is_used_as_its_id()
    {
        var news = StructCodec.Encode(RecordVodConfigs.WholeApp());
        news.Fields["domainName"] = Reference(DomainUrn, Value.ForString("live.example.com"));

        var check = await Plugin.CallAsync("Check", new CheckRequest
        {
            Urn = EngineDriver.Urn(RecordVodConfigs.TypeToken, "rec"),
            Name = "rec",
            Type = RecordVodConfigs.TypeToken,
            News = news,
            RandomSeed = Google.Protobuf.ByteString.CopyFrom(new byte[32]),
        }, CheckResponse.Parser);

        Assert.That(check.Failures, Is.Empty, string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        Assert.That(check.Inputs.Fields["domainName"].StringValue, Is.EqualTo("live.example.com"));
        var created = await Engine.CreateCheckedAsync(RecordVodConfigs.TypeToken, "rec", StructCodec.Decode(check.Inputs));
        Assert.That(created.Id, Is.EqualTo("live.example.com/app/"));
    }

    [Test]
    public async Task A_reference_to_a_component_fails_check_naming_the_property_and_the_resource()
    {
        var news = StructCodec.Encode(RecordVodConfigs.WholeApp());
        news.Fields["domainName"] = Reference("urn:pulumi:test::lifecycle::my:index:Channel::c", id: null);

        var e = Assert.ThrowsAsync<CheckFailedException>(() => Engine.CheckAsync(RecordVodConfigs.TypeToken, "rec", StructCodec.Decode(news)));

        Assert.That(e!.Failures, Has.Some.EqualTo(("domainName",
            "must be a string; the resource urn:pulumi:test::lifecycle::my:index:Channel::c passed here has no id (a component resource)")));
        Assert.That(await CloudCallCountAsync(), Is.Zero);
    }

    /// <summary>The wire form of a resource reference (the engine's special-object signature and fields), built by hand.</summary>
    private static Value Reference(string urn, Value? id)
    {
        var reference = new Struct();
        reference.Fields["4dabf18193072939515e22adb298388d"] = Value.ForString("5cf8f73096256a8f31e491e813e4eb8e");
        reference.Fields["urn"] = Value.ForString(urn);
        if (id is not null)
        {
            reference.Fields["id"] = id;
        }

        reference.Fields["packageVersion"] = Value.ForString("");
        return Value.ForStruct(reference);
    }
}
