using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AlicloudLive.PluginDriver.Figures;

namespace AlicloudLive.PluginDriver;

/// <summary>Writes docs/benchmarks.md: the machine, a summary table, each figure with its command, the in-process reports.</summary>
internal static class Report
{
    public const string MicrobenchmarksCommand = "dotnet run -c Release --project bench/Microbenchmarks -- --filter '*'";

    /// <summary>The load average (1, 5, 15 min) now; the machine is shared, and latencies move with it.</summary>
    public static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Markdown(IReadOnlyList<Section> sections, string loadAtStart, string? microbenchmarkResults)
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `make bench` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit {Commit()}. Re-run it to refresh every figure;")
          .AppendLine("each figure names the command that measures it alone. Whole-plugin figures launch the built binaries (bin/) the way")
          .AppendLine("the engine does and speak gRPC to the plugin; the emulator enforces the documented QPS limits in real time.")
          .AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} CPUs (nproc), {MemoryGiB()} GiB memory, {CpuModel()}; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}.")
          .AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min): {loadAtStart} when the driver started, {LoadAverage()} when it finished; latencies move with it on a shared machine.")
          .AppendLine();
        md.AppendLine("| figure | measured | target | met |").AppendLine("|---|---|---|---|");
        foreach (var row in sections.SelectMany(s => s.Summary))
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "" };
            md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Figure} | {row.Measured} | {row.Target} | {met} |");
        }

        foreach (var section in sections)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {section.Heading}").AppendLine()
              .AppendLine(CultureInfo.InvariantCulture, $"Command: {string.Join(" and ", section.Commands.Select(c => $"`{c}`"))}").AppendLine();
            section.Details.ToList().ForEach(line => md.AppendLine(line));
        }

        if (microbenchmarkResults is not null)
        {
            md.AppendLine().AppendLine("## In-process figures (BenchmarkDotNet)").AppendLine()
              .AppendLine(CultureInfo.InvariantCulture, $"Command: `{MicrobenchmarksCommand}` (a short run in process: 3 warm-ups, 3 iterations)").AppendLine();
            foreach (var file in Directory.GetFiles(microbenchmarkResults, "*-report-github.md").Order(StringComparer.Ordinal))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### {Path.GetFileName(file).Replace("-report-github.md", "", StringComparison.Ordinal).Split('.')[^1]}").AppendLine()
                  .AppendLine(File.ReadAllText(file).Trim()).AppendLine();
            }
        }

        return md.ToString();
    }

    /// <summary>Figure 5, from the peaks the load phases recorded.</summary>
    public static Section Memory(BenchContext bench) => new(
        "5. Peak memory of the plugin during 3 (4 reports the refreshing plugin's)",
        BenchContext.Command("create"),
        bench.Memory.Select(m => new SummaryRow($"5. peak memory, {m.Phase}", ProcStatus.MiB(m.Peak.HighWaterKb), "", null)).ToList(),
        [
            .. bench.Memory.Select(m => $"- {m.Phase}: {m.Peak}"),
            "- sampled while figure 3 runs; VmHWM is the kernel's high-water mark of resident memory over the plugin process's life (one process per phase); VmRSS sampled every 50 ms",
        ]);

    private static string Commit()
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, WorkingDirectory = RepoPaths.Root })!;
        var commit = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return commit.Length > 0 ? commit : "unknown";
    }

    private static string MemoryGiB() =>
        (long.Parse(ProcField("/proc/meminfo", "MemTotal").Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string CpuModel() => ProcField("/proc/cpuinfo", "model name");

    private static string ProcField(string file, string name) =>
        File.ReadLines(file).First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(':', 2)[1].Trim();
}
