using System.Globalization;
using System.Text.Json.Nodes;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using static AlicloudLive.Lifecycle.Tests.Lookups.Lookups;

namespace AlicloudLive.Lifecycle.Tests.Lookups;

/// <summary>
/// getLiveTranscodeTemplates and getEdgeTranscodeTemplates through the built plugin against an emulator seeded with
/// more templates than one page holds (100), so a lookup must read two pages.
/// </summary>
public sealed class TemplateLookupTests : LifecycleFixture
{
    private const string IceToken = "alicloud-live:ice:getLiveTranscodeTemplates";
    private const string EdgeToken = "alicloud-live:live:getEdgeTranscodeTemplates";
    private const int BulkIce = 128;
    private const int BulkEdge = 118;
    private static readonly string SeedFile = Path.Combine(Path.GetTempPath(), $"alicloud-live-lookup-seed-{Environment.ProcessId}.json");

    protected override string[] EmulatorArgs => ["--seed", WriteSeed()];

    [Test]
    public async Task Ice_templates_are_read_across_every_page()
    {
        var result = await ResultAsync(Plugin, IceToken, Json.Map("{}"));

        Assert.That(Ids(result), Has.Count.EqualTo(BulkIce + 2).And.Contains("ice-tpl-hd").And.Contains("ice-bulk-127"));
        Assert.That(Ids(result), Is.Unique);
        Assert.That(await CallsToAsync(Emulator, "ListLiveTranscodeTemplates"), Is.EqualTo(2), "130 templates at 100 a page");
    }

    [Test]
    public async Task An_ice_template_id_is_found_by_its_exact_name_where_the_keyword_matches_fuzzily()
    {
        var byName = await ResultAsync(Plugin, IceToken, Json.Map("""{"name": "hd"}"""));
        var byKeyword = await ResultAsync(Plugin, IceToken, Json.Map("""{"keyword": "hd"}"""));

        Assert.That(Ids(byName), Is.EqualTo(new[] { "ice-tpl-hd" }));
        Assert.That(Ids(byKeyword), Is.EquivalentTo(new[] { "ice-tpl-hd", "ice-tpl-nbhd" }), "the cloud's KeyWord matches part of a name");
        var template = Items(byName, "templates").Single();
        Assert.That(template.GetString("type"), Is.EqualTo("normal"));
        Assert.That(template.GetString("category"), Is.EqualTo("customized"));
        Assert.That(template.GetString("videoCodec"), Is.EqualTo("H.264"));
        Assert.That((template.GetString("width"), template.GetString("height")), Is.EqualTo(("1280", "720")));
        Assert.That(template.GetString("createTime"), Is.EqualTo("2026-01-01T00:00:00Z"));
        Assert.That(byName.GetString("name"), Is.EqualTo("hd"), "the inputs are echoed");
    }

    [Test]
    public async Task Ice_templates_are_filtered_by_type_video_codec_and_category_in_the_cloud()
    {
        var narrow = await ResultAsync(Plugin, IceToken, Json.Map("""{"type": "narrow-band"}"""));
        var h265 = await ResultAsync(Plugin, IceToken, Json.Map("""{"videoCodec": "H.265"}"""));
        var system = await ResultAsync(Plugin, IceToken, Json.Map("""{"category": "system"}"""));

        Assert.That(Ids(narrow), Is.EqualTo(new[] { "ice-tpl-nbhd" }));
        Assert.That(Ids(h265), Is.EqualTo(new[] { "ice-tpl-nbhd" }));
        Assert.That(Ids(system), Is.Empty);
        Assert.That(Items(system, "templates"), Is.Empty);
    }

    [Test]
    public async Task Bad_ice_filters_are_failures_and_nothing_is_called()
    {
        var response = await Plugin.InvokeAsync(IceToken, Json.Map("""{"category": "public", "videoCodec": "", "colour": "red"}"""));

        Assert.That(response.Failures.Select(f => (f.Property, f.Reason)), Is.EquivalentTo(new[]
        {
            ("category", "must be one of system, customized"),
            ("videoCodec", "must be one of H.264, H.265"),
            ("colour", $"is not a property of {IceToken}; known properties: name, keyword, category, type, videoCodec"),
        }));
        Assert.That(await CloudCallCountAsync(), Is.Zero);
    }

    [Test]
    public async Task Edge_templates_of_a_cluster_are_read_across_every_page_and_found_by_name()
    {
        var all = await ResultAsync(Plugin, EdgeToken, Json.Map("""{"clusterId": "edge-cluster-1"}"""));
        var byName = await ResultAsync(Plugin, EdgeToken, Json.Map("""{"clusterId": "edge-cluster-1", "name": "720p"}"""));
        var h265 = await ResultAsync(Plugin, EdgeToken, Json.Map("""{"clusterId": "edge-cluster-1", "videoCodec": "H.265"}"""));

        Assert.That(Ids(all), Has.Count.EqualTo(BulkEdge + 2).And.Contains("edge-tpl-1080p"));
        Assert.That(await CallsToAsync(Emulator, "ListEdgeTranscodeTemplate"), Is.EqualTo(2 + 1 + 1), "two pages, then one page each");
        Assert.That(Ids(byName), Is.EqualTo(new[] { "edge-tpl-720p" }), "1720p-like names matched by the keyword are dropped by the exact name");
        var template = Items(byName, "templates").Single();
        Assert.That(template.GetString("resolution"), Is.EqualTo("1280*720"));
        Assert.That(template.GetString("type"), Is.EqualTo("common"));
        Assert.That(Ids(h265), Is.EqualTo(new[] { "edge-bulk-h265" }));
    }

    [Test]
    public async Task Edge_templates_need_a_cluster_an_unknown_one_has_none_and_a_cloud_error_names_operation_code_and_request_id()
    {
        var missing = await Plugin.InvokeAsync(EdgeToken, Json.Map("{}"));
        var unknown = await ResultAsync(Plugin, EdgeToken, Json.Map("""{"clusterId": "no-such-cluster"}"""));
        await Emulator.InjectFaultAsync("ListEdgeTranscodeTemplate", "error", code: "InvalidParameter", httpStatus: 400);
        var error = Assert.ThrowsAsync<RpcException>(() => Plugin.InvokeAsync(EdgeToken, Json.Map("""{"clusterId": "edge-cluster-1"}""")))!;

        Assert.That(missing.Failures.Select(f => (f.Property, f.Reason)), Is.EqualTo(new[] { ("clusterId", "is required") }));
        Assert.That(Items(unknown, "templates"), Is.Empty, "the emulator answers an unknown cluster as one without templates");
        Assert.That(error.Message, Does.Contain("invoke of " + EdgeToken).And.Contain("ListEdgeTranscodeTemplate").And.Contain("InvalidParameter").And.Contain("RequestId "));
    }

    /// <summary>The built-in seed plus bulk templates (and one H.265 edge template, and a name that contains "720p").</summary>
    private static string WriteSeed()
    {
        var ice = new JsonArray(
            new JsonObject { ["id"] = "ice-tpl-hd", ["name"] = "hd", ["type"] = "normal", ["category"] = "customized", ["createTime"] = "2026-01-01T00:00:00Z" },
            new JsonObject
            {
                ["id"] = "ice-tpl-nbhd",
                ["name"] = "nbhd",
                ["type"] = "narrow-band",
                ["category"] = "customized",
                ["templateConfig"] = new JsonObject
                {
                    ["videoParams"] = new JsonObject { ["codec"] = "H.265", ["bitrate"] = "1500", ["fps"] = "25", ["gop"] = "1000", ["width"] = "1920", ["height"] = "1080", ["profile"] = "2" },
                },
            });
        foreach (var i in Enumerable.Range(0, BulkIce))
        {
            ice.Add(new JsonObject { ["id"] = $"ice-bulk-{i.ToString(CultureInfo.InvariantCulture)}", ["name"] = $"bulk {i.ToString(CultureInfo.InvariantCulture)}", ["type"] = "origin" });
        }

        var edge = new JsonArray(
            new JsonObject { ["clusterId"] = "edge-cluster-1", ["id"] = "edge-tpl-1080p", ["name"] = "1080p", ["resolution"] = "1920*1080" },
            new JsonObject { ["clusterId"] = "edge-cluster-1", ["id"] = "edge-tpl-720p", ["name"] = "720p", ["resolution"] = "1280*720" },
            new JsonObject { ["clusterId"] = "edge-cluster-1", ["id"] = "edge-bulk-h265", ["name"] = "bulk 1720p", ["codec"] = "H.265" });
        foreach (var i in Enumerable.Range(1, BulkEdge - 1))
        {
            edge.Add(new JsonObject { ["clusterId"] = "edge-cluster-1", ["id"] = $"edge-bulk-{i.ToString(CultureInfo.InvariantCulture)}", ["name"] = $"bulk {i.ToString(CultureInfo.InvariantCulture)}" });
        }

        var seed = new JsonObject
        {
            ["iceTemplates"] = ice,
            ["liveDomains"] = new JsonArray("live.example.com", "play.example.com"),
            ["edgeClusters"] = new JsonArray("edge-cluster-1"),
            ["edgeTemplates"] = edge,
            ["vodTranscodeGroups"] = new JsonArray("vod-group-default"),
        };
        File.WriteAllText(SeedFile, seed.ToJsonString());
        return SeedFile;
    }
}
