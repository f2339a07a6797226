using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>
/// Every detailedDiff path Diff answers parses in the engine's grammar and names the value that changed, whatever
/// the map keys are: dotted, spaced, quoted, with backslashes, empty, or starting with a digit.
/// </summary>
public class DetailedDiffPathTests
{
    private static readonly string[] HostileKeys = ["a.b", "k\"ey", "back\\slash", "both\\\"mixed", "", "0lead", "with space", "$dollar", "[x]"];

    [Test]
    public void The_grammar_cases_of_the_engine_parse_as_the_engine_reads_them()
    {
        Assert.That(EnginePropertyPath.Parse("root.array[0][1].nested"), Is.EqualTo(new object[] { "root", "array", 0, 1, "nested" }));
        Assert.That(EnginePropertyPath.Parse("root[\"key with \\\"escaped\\\" quotes\"]"), Is.EqualTo(new object[] { "root", "key with \"escaped\" quotes" }));
        Assert.That(EnginePropertyPath.Parse("[\"root key with a .\"][100]"), Is.EqualTo(new object[] { "root key with a .", 100 }));
        Assert.That(EnginePropertyPath.Parse("a[\"b\\c\"]"), Is.EqualTo(new object[] { "a", "b\\c" }), "a backslash not before a quote is itself");
        Assert.Throws<FormatException>(() => EnginePropertyPath.Parse("a[\"k\"ey\"]"));
        Assert.Throws<FormatException>(() => EnginePropertyPath.Parse("a[\"k\\\"]"));
    }

    [Test]
    public async Task Each_changed_map_key_gets_a_path_the_engine_parses_to_that_key()
    {
        await using var h = await ProviderHarness.StartAsync();
        var olds = Widgets.Inputs.Set("labels", V.Obj(HostileKeys.Select(k => (k, V.S("old"))).ToArray()));
        var news = Widgets.Inputs.Set("labels", V.Obj(HostileKeys.Select(k => (k, V.S("new"))).ToArray()));

        var diff = await h.DiffAsync("w-1", Widgets.OutputsOf(olds, "NotStarted"), olds, news);

        Assert.That(diff.DetailedDiff.Keys, Is.Not.Empty);
        foreach (var path in diff.DetailedDiff.Keys)
        {
            Assert.DoesNotThrow(() => EnginePropertyPath.Parse(path), $"the engine cannot parse {path}");
            Assert.That(EnginePropertyPath.Resolve(news, path), Is.Not.Null, $"{path} names nothing in the new inputs");
        }

        var named = diff.DetailedDiff.Keys.Select(EnginePropertyPath.Parse).Where(p => p.Count == 2).Select(p => (string)p[1]).ToList();
        Assert.That(named, Is.EquivalentTo(HostileKeys), "each key is reported by itself");
    }

    [Test]
    public async Task A_key_the_grammar_cannot_name_is_reported_by_its_map()
    {
        await using var h = await ProviderHarness.StartAsync();
        var news = Widgets.Inputs.Set("labels", V.Obj(("x.y", V.S("1")), ("plain", V.S("2")), ("ends\\", V.S("3"))));

        var diff = await h.DiffAsync("w-1", Widgets.OutputsOf(Widgets.Inputs, "NotStarted"), Widgets.Inputs, news);

        Assert.That(diff.DetailedDiff.Keys, Is.EqualTo(new[] { "labels" }));
    }
}
