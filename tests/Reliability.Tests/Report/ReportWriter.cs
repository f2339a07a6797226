using AlicloudLive.Reliability.Tests.Report;

namespace AlicloudLive.Reliability.Tests;

/// <summary>
/// Writes docs/reliability.md after the whole run when RELIABILITY_REPORT names the file (`make reliability` does);
/// an ordinary `make test` writes nothing.
/// </summary>
[SetUpFixture]
public sealed class ReportWriter
{
    public const string Variable = "RELIABILITY_REPORT";

    [OneTimeTearDown]
    public async Task WriteAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path || ReliabilityReport.IsEmpty)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ReliabilityReport.Markdown(DateTimeOffset.UtcNow));
    }
}
