using AlicloudLive.PluginDriver;
using AlicloudLive.PluginDriver.Figures;

// Whole-plugin figures (docs/benchmarks.md): `--figure startup|checkdiff|create|refresh|preview` (repeatable; all by default)
// prints them; `--out FILE` also writes the report, with the BenchmarkDotNet reports found in `--microbenchmarks DIR`;
// `--before PATH --before-label TEXT` measures an earlier plugin build beside this one where a figure compares builds.
var figures = new Dictionary<string, Func<BenchContext, Task<Section>>>(StringComparer.Ordinal)
{
    ["startup"] = StartupFigure.RunAsync,
    ["checkdiff"] = CheckDiffFigure.RunAsync,
    ["create"] = CreateFigure.RunAsync,
    ["refresh"] = RefreshFigure.RunAsync,
    ["preview"] = PreviewFigure.RunAsync,
};
var chosen = Option("--figure").ToList();
var unknown = chosen.Where(f => !figures.ContainsKey(f)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown figure {string.Join(", ", unknown)}; choose from {string.Join(", ", figures.Keys)}");
    return 2;
}

var loadAtStart = Report.LoadAverage();
var before = Option("--before").LastOrDefault() is { } beforeBinary
    ? new PluginBuild(Option("--before-label").LastOrDefault() ?? beforeBinary, Path.GetFullPath(beforeBinary))
    : null;
var bench = new BenchContext(before);
var sections = new List<Section>();
foreach (var (name, run) in figures.Where(f => chosen.Count == 0 || chosen.Contains(f.Key)))
{
    Console.Error.WriteLine($"figure {name}...");
    var section = await run(bench);
    sections.Add(section);
    Console.WriteLine($"## {section.Heading}\n{string.Join('\n', section.Details)}\n");
}

if (bench.Memory.Count > 0)
{
    sections.Add(Report.Memory(bench));
    Console.WriteLine(string.Join('\n', sections[^1].Details));
}

if (Option("--out").LastOrDefault() is { } output)
{
    var path = Path.Combine(RepoPaths.Root, output);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, Report.Markdown(sections, loadAtStart, Option("--microbenchmarks").LastOrDefault()));
    Console.Error.WriteLine($"wrote {output}");
}

return 0;

IEnumerable<string> Option(string name) => args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]);
