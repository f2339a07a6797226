using System.Diagnostics;
using System.Text.RegularExpressions;
using AlicloudLive.TestSupport;
using YamlDotNet.RepresentationModel;

namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>An example folder: its program, its Pulumi.yaml, and the stack config its README and stack file set.</summary>
internal sealed partial class ExampleFiles(string name)
{
    public static string Root => Path.Combine(RepoPaths.Root, "examples");

    public string Name { get; } = name;

    public string Dir => Path.Combine(Root, Name);

    public bool IsCSharp => Directory.EnumerateFiles(Dir, "*.csproj").Any();

    public static IEnumerable<string> All() =>
        Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static IEnumerable<string> CSharp() => All().Where(e => new ExampleFiles(e).IsCSharp);

    public string ProjectName => Scalar(Yaml("Pulumi.yaml"), "name");

    public string Readme => File.ReadAllText(Path.Combine(Dir, "README.md"));

    public IEnumerable<KeyValuePair<string, string>> Sources =>
        Directory.EnumerateFiles(Dir, "*.cs").Order(StringComparer.Ordinal).Select(p => KeyValuePair.Create(p, File.ReadAllText(p)));

    /// <summary>
    /// The config keys the program reads: Require*/Get* calls of a C# program, or the `config:` block of a YAML
    /// program (every key without a default is required there).
    /// </summary>
    public IReadOnlySet<string> ConfigKeysRead()
    {
        if (IsCSharp)
        {
            return Sources.SelectMany(s => ConfigRead().Matches(s.Value)).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        }

        return Yaml("Pulumi.yaml").Children.TryGetValue(new YamlScalarNode("config"), out var config)
            ? ((YamlMappingNode)config).Children
                .Where(c => c.Value is not YamlMappingNode spec || !spec.Children.ContainsKey(new YamlScalarNode("default")))
                .Select(c => ((YamlScalarNode)c.Key).Value!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// The stack config a user has after following the README: the example's Pulumi.&lt;stack&gt;.yaml for the stack
    /// the README initialises, then every `pulumi config set` it tells them to run (values evaluated by bash, as
    /// their shell would). Keys of the project are given without the "project:" prefix.
    /// </summary>
    public IReadOnlyDictionary<string, string> ConfigAfterReadme()
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        var readme = Readme;
        var stack = StackInit().Match(readme) is { Success: true } m ? m.Groups["stack"].Value : null;
        var stackFile = stack is null ? null : Path.Combine(Dir, $"Pulumi.{stack}.yaml");
        if (stackFile is not null && File.Exists(stackFile)
            && Yaml(Path.GetFileName(stackFile)).Children.TryGetValue(new YamlScalarNode("config"), out var node))
        {
            foreach (var (key, value) in ((YamlMappingNode)node).Children)
            {
                config[Unqualified(((YamlScalarNode)key).Value!)] = ((YamlScalarNode)value).Value!;
            }
        }

        foreach (Match set in ConfigSet().Matches(readme))
        {
            config[Unqualified(set.Groups["key"].Value)] = Evaluate(set.Groups["value"].Value);
        }

        return config;
    }

    private string Unqualified(string key) => key.StartsWith(ProjectName + ":", StringComparison.Ordinal) ? key[(ProjectName.Length + 1)..] : key;

    private YamlMappingNode Yaml(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Dir, file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value!;

    /// <summary>A shell word as bash expands it (quotes, $(...) substitutions).</summary>
    private static string Evaluate(string word)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", "printf '%s' " + word]) { RedirectStandardOutput = true })!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        return bash.ExitCode == 0 ? output : throw new InvalidOperationException($"bash could not expand {word}");
    }

    [GeneratedRegex("""config\.(Require|Get)\w*\("(?<key>[^"]+)"\)""")]
    private static partial Regex ConfigRead();

    [GeneratedRegex("""pulumi config set (--secret |--plaintext )?(?<key>[\w:.-]+) (?<value>"[^"\n]*"|'[^'\n]*'|\S+)""")]
    private static partial Regex ConfigSet();

    [GeneratedRegex("""pulumi stack init (?<stack>[\w.-]+)""")]
    private static partial Regex StackInit();
}
