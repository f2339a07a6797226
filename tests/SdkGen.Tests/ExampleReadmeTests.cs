using AlicloudLive.SdkGen.Tests.Support;
using AlicloudLive.TestSupport;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>Each example's README lists every step, and the config its program reads is set by following it.</summary>
public class ExampleReadmeTests
{
    public static IEnumerable<string> Examples() => ExampleFiles.All();

    [TestCaseSource(nameof(Examples))]
    public void Every_config_key_the_program_reads_is_set_by_the_README_or_the_stack_file(string name)
    {
        var example = new ExampleFiles(name);
        var set = example.ConfigAfterReadme();
        Assert.That(example.ConfigKeysRead().Where(k => !set.ContainsKey(k)), Is.Empty, "config read but never set");
    }

    [TestCaseSource(nameof(Examples))]
    public void The_README_lists_every_step_from_build_to_up(string name)
    {
        var readme = new ExampleFiles(name).Readme;
        foreach (var step in new[] { "make", "alicloud-live-emulator", "ALIBABA_CLOUD_ACCESS_KEY_ID=", "pulumi login --local", "pulumi stack init", "pulumi up" })
        {
            Assert.That(readme, Does.Contain(step));
        }
    }

    [Test]
    public void The_main_README_tells_the_user_to_log_in_to_a_local_backend()
    {
        Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), Does.Contain("pulumi login --local"));
    }
}
