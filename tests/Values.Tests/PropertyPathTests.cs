namespace AlicloudLive.Values.Tests;

public class PropertyPathTests
{
    [TestCase("", "inputUrl", "inputUrl")]
    [TestCase("streamInput", "inputUrl", "streamInput.inputUrl")]
    [TestCase("", "x.y", "[\"x.y\"]")]
    [TestCase("tags", "a b", "tags[\"a b\"]")]
    [TestCase("", "say \"hi\"", "[\"say \\\"hi\\\"\"]")]
    [TestCase("labels", "a\\b", "labels[\"a\\b\"]")]
    public void Key_follows_the_engine_path_notation(string parent, string key, string expected) =>
        Assert.That(PropertyPath.Key(parent, key), Is.EqualTo(expected));

    [TestCase("a\\b", true)]
    [TestCase("ends\\", false)]
    public void Only_a_key_ending_in_a_backslash_cannot_be_named(string key, bool nameable) =>
        Assert.That(PropertyPath.CanName(key), Is.EqualTo(nameable));

    [Test]
    public void Index_appends_brackets() =>
        Assert.That(PropertyPath.Index("sourceUrls", 3), Is.EqualTo("sourceUrls[3]"));

    [Test]
    public void An_empty_path_is_displayed_as_the_root() =>
        Assert.That(PropertyPath.Display(""), Is.EqualTo(PropertyPath.RootLabel));
}
