using AlicloudLive.SdkGen.Tests.Support;
using AlicloudLive.TestSupport;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>The command line: AlicloudLive.SdkGen &lt;schema.json&gt; &lt;outDir&gt;.</summary>
public class CliTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "AlicloudLive.SdkGen.dll");

    [Test]
    public async Task Writes_the_sdk_and_removes_stale_files()
    {
        var outDir = Directory.CreateTempSubdirectory("sdkgen-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outDir, "Stale.cs"), "old");
            var result = await ProcessRun.RunAsync("dotnet", [Tool, TestPaths.GoldenSchema, outDir]);
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.StdOut, Does.Contain("deleted stale Stale.cs"));
            Assert.That(SdkFolder.Differences(TestPaths.GenerateGolden(), SdkFolder.ReadGenerated(outDir)), Is.Empty);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Test]
    public async Task Wrong_arguments_print_the_usage()
    {
        var result = await ProcessRun.RunAsync("dotnet", [Tool]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.Contain("usage: AlicloudLive.SdkGen <schema.json> <outDir>"));
    }

    [Test]
    public async Task An_unsupported_schema_fails_with_its_reason()
    {
        var schema = Path.GetTempFileName();
        try
        {
            File.WriteAllText(schema, """{ "name": "p", "functions": { "p:m:getX": { "multiArgumentInputs": ["a"] } } }""");
            var result = await ProcessRun.RunAsync("dotnet", [Tool, schema, Path.Combine(Path.GetTempPath(), "sdkgen-unused")]);
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StdErr, Does.Contain("sdkgen: #/functions/p:m:getX/multiArgumentInputs: multi-argument functions are not supported"));
        }
        finally
        {
            File.Delete(schema);
        }
    }
}
