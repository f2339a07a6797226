using AlicloudLive.TestSupport;

namespace AlicloudLive.Lifecycle.Tests.CommandLine;

/// <summary>The built plugin asked for help the usual ways: usage with every subcommand and flag on stdout, exit 0.</summary>
public sealed class PluginHelpTests
{
    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("help")]
    public async Task Help_prints_every_subcommand_and_flag_and_exits_zero(string flag)
    {
        var run = await ProcessRun.RunAsync(RepoPaths.RequireBuilt(RepoPaths.PluginBinary), [flag]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StdErr, Is.Empty, "no stack trace");
        foreach (var word in new[] { "schema", "doctor", "--version", "--live-endpoint", "--ice-endpoint", "--region", "--profile", "--stack", "ENGINE_ADDRESS" })
        {
            Assert.That(run.StdOut, Does.Contain(word), $"usage must mention {word}");
        }
    }
}
