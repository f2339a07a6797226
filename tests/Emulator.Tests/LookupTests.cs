using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Tests.Support;

namespace AlicloudLive.Emulator.Tests;

/// <summary>The template look-ups and list filters answer as the API documents them (docs/reference/alibaba-contract.json).</summary>
public sealed class LookupTests : EmulatorFixture
{
    private const string Cluster = "edge-cluster-1";

    private async Task<string[]> IceTemplateIdsAsync(params (string, string)[] filters)
    {
        var list = (await Client.CallAsync("ListLiveTranscodeTemplates", filters)).Ok();
        return list["TemplateContentList"].AsArray().Select(t => (string)t!["TemplateId"]!).ToArray();
    }

    private async Task<string[]> EdgeTemplateIdsAsync(params (string, string)[] filters)
    {
        var list = (await Client.CallAsync("ListEdgeTranscodeTemplate", [("ClusterId", Cluster), .. filters])).Ok();
        return list["TemplateList"]["Template"]!.AsArray().Select(t => (string)t!["TemplateId"]!).ToArray();
    }

    [Test]
    public async Task ListEdgeTranscodeCluster_does_not_exist_in_the_Live_API()
    {
        (await Client.CallAsync("ListEdgeTranscodeCluster")).Fails("InvalidAction.NotFound", 400);
    }

    [Test]
    public async Task ListLiveTranscodeTemplates_filters_by_KeyWord_Category_Type_and_VideoCodec_not_Name()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await IceTemplateIdsAsync(("KeyWord", "ice-tpl-hd")), Is.EqualTo(new[] { "ice-tpl-hd" }), "an id matches exactly");
            Assert.That(await IceTemplateIdsAsync(("KeyWord", "hd")), Is.EquivalentTo(new[] { "ice-tpl-hd", "ice-tpl-nbhd" }), "a name matches in part");
            Assert.That(await IceTemplateIdsAsync(("KeyWord", "ice-tpl")), Is.Empty, "part of an id is no match");
            Assert.That(await IceTemplateIdsAsync(("Category", "system")), Is.Empty);
            Assert.That(await IceTemplateIdsAsync(("Category", "customized")), Has.Length.EqualTo(2));
            Assert.That(await IceTemplateIdsAsync(("Type", "narrow-band")), Is.EqualTo(new[] { "ice-tpl-nbhd" }));
            Assert.That(await IceTemplateIdsAsync(("VideoCodec", "H.265")), Is.EqualTo(new[] { "ice-tpl-nbhd" }));
            Assert.That(await IceTemplateIdsAsync(("Name", "nbhd")), Has.Length.EqualTo(2), "Name is no parameter of this operation");
        });
    }

    [Test]
    public async Task ListLiveTranscodeTemplates_sorts_by_creation_time_and_pages()
    {
        Assert.That(await IceTemplateIdsAsync(), Is.EqualTo(new[] { "ice-tpl-nbhd", "ice-tpl-hd" }), "newest first by default");
        Assert.That(await IceTemplateIdsAsync(("SortBy", "asc")), Is.EqualTo(new[] { "ice-tpl-hd", "ice-tpl-nbhd" }));
        var page = (await Client.CallAsync("ListLiveTranscodeTemplates", ("SortBy", "asc"), ("PageNo", "2"), ("PageSize", "1"))).Ok();
        Assert.That(((int)page["TotalCount"], (string?)page["TemplateContentList"][0]!["TemplateId"]), Is.EqualTo((2, "ice-tpl-nbhd")));
        (await Client.CallAsync("ListLiveTranscodeTemplates", ("PageSize", "101"))).Fails("InvalidParameter", 400);
    }

    [Test]
    public async Task GetLiveTranscodeTemplate_returns_CreateTime_and_TemplateConfig()
    {
        var template = (await Client.CallAsync("GetLiveTranscodeTemplate", ("TemplateId", "ice-tpl-nbhd"))).Ok()["TemplateContent"];
        Assert.Multiple(() =>
        {
            Assert.That((string?)template["CreateTime"], Is.EqualTo("2026-01-02T00:00:00Z"));
            Assert.That((string?)template["TemplateConfig"]!["VideoParams"]!["Codec"], Is.EqualTo("H.265"));
            Assert.That((string?)template["TemplateConfig"]!["VideoParams"]!["Height"], Is.EqualTo("1080"));
            Assert.That((string?)template["TemplateConfig"]!["AudioParams"]!["Codec"], Is.EqualTo("AAC"));
        });
    }

    [Test]
    public async Task ListEdgeTranscodeTemplate_filters_sorts_pages_and_returns_the_template_attributes()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await EdgeTemplateIdsAsync(), Is.EqualTo(new[] { "edge-tpl-720p", "edge-tpl-1080p" }), "newest first by default");
            Assert.That(await EdgeTemplateIdsAsync(("SortBy", "asc")), Is.EqualTo(new[] { "edge-tpl-1080p", "edge-tpl-720p" }));
            Assert.That(await EdgeTemplateIdsAsync(("Keyword", "edge-tpl-720p")), Is.EqualTo(new[] { "edge-tpl-720p" }));
            Assert.That(await EdgeTemplateIdsAsync(("Keyword", "080")), Is.EqualTo(new[] { "edge-tpl-1080p" }), "a name matches in part");
            Assert.That(await EdgeTemplateIdsAsync(("Keyword", "edge-tpl")), Is.Empty, "part of an id is no match");
            Assert.That(await EdgeTemplateIdsAsync(("Type", "nbhd-2")), Is.Empty);
            Assert.That(await EdgeTemplateIdsAsync(("VideoCodec", "H.265")), Is.EqualTo(new[] { "edge-tpl-720p" }));
            Assert.That(await EdgeTemplateIdsAsync(("SortBy", "asc"), ("PageNo", "2"), ("PageSize", "1")), Is.EqualTo(new[] { "edge-tpl-720p" }));
        });
        (await Client.CallAsync("ListEdgeTranscodeTemplate", ("ClusterId", Cluster), ("PageSize", "0"))).Fails("InvalidParameter", 400);
        var first = (await Client.CallAsync("ListEdgeTranscodeTemplate", ("ClusterId", Cluster), ("SortBy", "asc"))).Ok()["TemplateList"]["Template"]![0]!;
        Assert.That(Attributes(first), Is.EqualTo(("3000", "H.264", "30", "2s", "1920*1080", "2026-01-01T00:00:00Z")));
    }

    [Test]
    public async Task GetEdgeTranscodeTemplate_returns_one_template_of_the_cluster()
    {
        var template = (await Client.CallAsync("GetEdgeTranscodeTemplate", ("ClusterId", Cluster), ("TemplateId", "edge-tpl-720p"))).Ok()["Template"];
        Assert.That(((string?)template["Name"], (string?)template["Type"]), Is.EqualTo(("720p", "common")));
        Assert.That(Attributes(template), Is.EqualTo(("1500", "H.265", "25", "2s", "1280*720", "2026-01-02T00:00:00Z")));
        (await Client.CallAsync("GetEdgeTranscodeTemplate", ("ClusterId", Cluster), ("TemplateId", "no-such"))).Fails("TemplateNotFound", 404);
        (await Client.CallAsync("GetEdgeTranscodeTemplate", ("ClusterId", Cluster))).Fails("MissingParameter", 400);
    }

    [Test]
    public async Task ListLiveTranscodeJobs_filters_by_the_template_Type()
    {
        var hd = await SubmitIceJobAsync("ice-tpl-hd");
        var nbhd = await SubmitIceJobAsync("ice-tpl-nbhd");
        var list = (await Client.CallAsync("ListLiveTranscodeJobs", ("Type", "narrow-band"))).Ok();
        Assert.That(list["JobList"].AsArray().Select(j => (string?)j!["JobId"]), Is.EqualTo(new[] { nbhd }));
        var normal = (await Client.CallAsync("ListLiveTranscodeJobs", ("Type", "normal"))).Ok();
        Assert.That(normal["JobList"].AsArray().Select(j => (string?)j!["JobId"]), Is.EqualTo(new[] { hd }));
    }

    [Test]
    public async Task The_edge_job_Keyword_matches_a_job_id_exactly_and_a_name_in_part()
    {
        var id = (string)(await Client.CallAsync("CreateEdgeTranscodeJob", ("ClusterId", Cluster), ("Name", "camera_one"), ("TemplateId", "edge-tpl-720p"),
            ("StreamInput", "rtmp://i.example.com/a/b"), ("StreamOutput", "rtmp://o.example.com/a/b"))).Ok()["JobId"]!;
        async Task<int> CountAsync(string keyword) =>
            (int)(await Client.CallAsync("ListEdgeTranscodeJob", ("ClusterId", Cluster), ("Keyword", keyword))).Ok()["TotalCount"];
        Assert.That((await CountAsync(id), await CountAsync(id[..8]), await CountAsync("era_o")), Is.EqualTo((1, 0, 1)));
    }

    private static (string?, string?, string?, string?, string?, string?) Attributes(JsonNode t) =>
        ((string?)t["Bitrate"], (string?)t["Codec"], (string?)t["Fps"], (string?)t["Gop"], (string?)t["Resolution"], (string?)t["CreateTime"]);

    private async Task<string> SubmitIceJobAsync(string templateId) =>
        (string)(await Client.CallAsync("SubmitLiveTranscodeJob",
            ("Name", "job"), ("TemplateId", templateId), ("StartMode", "0"),
            ("StreamInput", """{"Type":"rtmp","InputUrl":"rtmp://in.example.com/live/cam1"}"""),
            ("TranscodeOutput", """{"Type":"LiveCenter","DomainName":"play.example.com"}"""))).Ok()["JobId"]!;
}
